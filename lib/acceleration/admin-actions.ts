"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { refusedField } from "../forms/form-state";
import { moveAccelerationRequest } from "./move-request";
import { moveRequestSchema } from "./request-schema";

/** A refusal stays in the form; a step goes back to the request's page, which confirms it (?gedaan=step). */
export const moveAccelerationRequestAction = secretaryAction(
  { schema: moveRequestSchema, failure: "Stap met aanvraag versnellingstraject mislukt" },
  async ({ data, values, user }) => {
    const result = await moveAccelerationRequest(db, actorOf(user), data);
    if (result.outcome === "refused") return refusedField(result.field, result.message, values);
    redirect(`/beheer/versnellingstraject/${data.id}?gedaan=${data.step}`);
  },
);
