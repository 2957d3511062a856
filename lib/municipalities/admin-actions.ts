"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import type { FormState } from "../forms/form-state";
import { editMunicipalityFields, editMunicipalitySchema, newMunicipalityFields, newMunicipalitySchema } from "./municipality-schema";
import { createMunicipality, type SaveMunicipalityResult, updateMunicipality } from "./save-municipality";

function refused(result: Exclude<SaveMunicipalityResult, { outcome: "saved" }>, values: Record<string, string>): FormState {
  if (result.outcome === "not-found")
    return { status: "error", message: "Deze gemeente bestaat niet (meer).", fieldErrors: { id: "Deze gemeente bestaat niet (meer)." }, values };
  return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: result.fieldErrors, values };
}

export const createMunicipalityAction = secretaryAction(
  { schema: newMunicipalitySchema, fields: newMunicipalityFields, failure: "Gemeente toevoegen mislukt" },
  async ({ data, values, user }) => {
    const result = await createMunicipality(db, actorOf(user), data);
    if (result.outcome !== "saved") return refused(result, values);
    redirect(`/beheer/gemeenten/${result.id}?opgeslagen=1`);
  },
);

export const updateMunicipalityAction = secretaryAction(
  { schema: editMunicipalitySchema, fields: editMunicipalityFields, failure: "Gemeente opslaan mislukt" },
  async ({ data: { id, ...details }, values, user }) => {
    const result = await updateMunicipality(db, actorOf(user), id, details);
    if (result.outcome !== "saved") return refused(result, values);
    return { status: "success", message: "De gegevens van de gemeente zijn opgeslagen.", values };
  },
);
