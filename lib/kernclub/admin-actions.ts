"use server";

import "server-only";

import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { endPosition } from "./end-position";
import { givePosition } from "./give-position";
import { endPositionSchema, givePositionSchema } from "./position-schema";

export const givePositionAction = secretaryAction(
  { schema: givePositionSchema, failure: "Functie geven mislukt" },
  async ({ data, values, user }): Promise<FormState> => {
    const result = await givePosition(db, actorOf(user), data);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    // An empty form for the next position; the new one shows in the list above.
    return { status: "success", message: "De functie is gegeven.", values: { startedOn: values.startedOn } };
  },
);

export const endPositionAction = secretaryAction(
  { schema: endPositionSchema, failure: "Functie beëindigen mislukt" },
  async ({ data, values, user }): Promise<FormState> => {
    const result = await endPosition(db, actorOf(user), data);
    if (result.outcome === "not-found") return refusedField("positionId", "Deze functie bestaat niet meer of is al beëindigd.", values);
    if (result.outcome === "invalid") return { status: "error", message: "Controleer de einddatum.", fieldErrors: result.fieldErrors, values };
    return { status: "success", message: "De functie is beëindigd.", values };
  },
);
