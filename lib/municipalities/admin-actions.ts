"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { feeStatusLabels } from "../fees/labels";
import { endParticipation, giveParticipation } from "./manage-participation";
import { editMunicipalitySchema, newMunicipalitySchema } from "./municipality-schema";
import { endParticipationSchema, giveParticipationSchema } from "./participation-schema";
import { createMunicipality, type SaveMunicipalityResult, updateMunicipality } from "./save-municipality";

const GONE = "Deze gemeente bestaat niet (meer).";

function refused(result: Exclude<SaveMunicipalityResult, { outcome: "saved" }>, values: Record<string, string>): FormState {
  if (result.outcome === "not-found") return refusedField("id", GONE, values);
  return invalid(result.fieldErrors, values);
}

export const createMunicipalityAction = secretaryAction(
  { schema: newMunicipalitySchema, failure: "Gemeente toevoegen mislukt" },
  async ({ data, values, user }) => {
    const result = await createMunicipality(db, actorOf(user), data);
    if (result.outcome !== "saved") return refused(result, values);
    redirect(`/beheer/gemeenten/${result.id}?opgeslagen=1`);
  },
);

export const updateMunicipalityAction = secretaryAction(
  { schema: editMunicipalitySchema, failure: "Gemeente opslaan mislukt" },
  async ({ data: { id, ...details }, values, user }) => {
    const result = await updateMunicipality(db, actorOf(user), id, details);
    if (result.outcome !== "saved") return refused(result, values);
    return { status: "success", message: "De gegevens van de gemeente zijn opgeslagen.", values };
  },
);

export const giveParticipationAction = secretaryAction({ schema: giveParticipationSchema, failure: "Deelname geven mislukt" }, async ({ data, user }) => {
  const result = await giveParticipation(db, actorOf(user), data.id, data.giveYear);
  if (result.outcome === "not-found") return refusedField("id", GONE);
  if (result.outcome === "unchanged") return refusedField("giveYear", `Gemeente ${result.name} doet in ${data.giveYear} al mee.`);
  return { status: "success", message: `Gemeente ${result.name} doet mee in ${data.giveYear}, met een bijdrage voor dat jaar.` };
});

export const endParticipationAction = secretaryAction(
  { schema: endParticipationSchema, failure: "Deelname beëindigen mislukt" },
  async ({ data, values, user }) => {
    const result = await endParticipation(db, actorOf(user), data.id, data.fromYear);
    if (result.outcome === "not-found") return refusedField("id", GONE);
    if (result.outcome === "unchanged") return refusedField("fromYear", `Gemeente ${result.name} doet vanaf ${data.fromYear} al niet mee.`, values);
    const waived = result.waived.length ? ` De open bijdrage van ${result.waived.join(" en ")} is kwijtgescholden.` : "";
    const kept = result.keptFees.map((fee) => ` De bijdrage van ${fee.year} is ${feeStatusLabels[fee.status]}: maak zo nodig een creditnota.`).join("");
    return { status: "success", message: `Gemeente ${result.name} doet vanaf ${data.fromYear} niet meer mee.${waived}${kept}` };
  },
);
