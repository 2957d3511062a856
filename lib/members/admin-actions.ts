"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { currentYear } from "./current-year";
import { admitPerson } from "./admit-person";
import { type AccountStatusResult, deactivatePerson, reactivatePerson } from "./manage-account-status";
import { createPerson, type SavePersonResult, updatePerson } from "./manage-person";
import { endPersonalMembership, givePersonalMembership, type PersonalMembershipResult } from "./manage-personal-membership";
import { mergePeople } from "./merge-people";
import { mergePeopleSchema } from "./merge-people-schema";
import { editPersonSchema, newPersonSchema, personIdSchema } from "./person-schema";

const NOT_FOUND = "Deze persoon bestaat niet (meer).";

function refused(result: Exclude<SavePersonResult, { outcome: "saved" }>, values: Record<string, string>): FormState {
  if (result.outcome === "not-found") return refusedField("id", NOT_FOUND, values);
  return invalid(result.fieldErrors, values);
}

export const createPersonAction = secretaryAction({ schema: newPersonSchema, failure: "Persoon toevoegen mislukt" }, async ({ data, values, user }) => {
  const result = await createPerson(db, actorOf(user), data);
  if (result.outcome !== "saved") return refused(result, values);
  redirect(`/beheer/mensen/${result.id}?toegevoegd=${data.welcome ? "welkomstmail" : "1"}`);
});

export const updatePersonAction = secretaryAction(
  { schema: editPersonSchema, failure: "Persoon opslaan mislukt" },
  async ({ data: { id, ...details }, values, user }) => {
    const result = await updatePerson(db, actorOf(user), id, details);
    if (result.outcome !== "saved") return refused(result, values);
    return { status: "success", message: "De gegevens zijn opgeslagen.", values };
  },
);

function statusState(result: AccountStatusResult, done: (name: string) => string): FormState {
  switch (result.outcome) {
    case "not-found":
      return refusedField("id", NOT_FOUND);
    case "own-account":
      return refusedField("id", "Je kunt je eigen account niet deactiveren.");
    default:
      return { status: "success", message: done(result.name) };
  }
}

export const deactivatePersonAction = secretaryAction({ schema: personIdSchema, failure: "Account deactiveren mislukt" }, async ({ data, user }) => {
  const result = await deactivatePerson(db, actorOf(user), data.id);
  return statusState(result, (name) => `Het account van ${name} is gedeactiveerd.`);
});

export const reactivatePersonAction = secretaryAction({ schema: personIdSchema, failure: "Account weer activeren mislukt" }, async ({ data, user }) => {
  const result = await reactivatePerson(db, actorOf(user), data.id);
  return statusState(result, (name) => `Het account van ${name} is weer actief.`);
});

function membershipState(result: PersonalMembershipResult, done: (name: string) => string): FormState {
  switch (result.outcome) {
    case "not-found":
      return refusedField("id", NOT_FOUND);
    case "municipal":
      return refusedField(
        "id",
        `${result.name} werkt bij een gemeente: die neemt deel voor al haar medewerkers. Een eigen lidmaatschap is voor ministeries, de VNG en andere organisaties.`,
      );
    default:
      return { status: "success", message: done(result.name) };
  }
}

export const admitPersonAction = secretaryAction({ schema: personIdSchema, failure: "Toelaten mislukt" }, async ({ data, user }) => {
  const result = await admitPerson(db, actorOf(user), data.id);
  if (result.outcome === "not-found") return refusedField("id", "Deze persoon bestaat niet (meer).");
  return { status: "success", message: result.outcome === "admitted" ? `${result.name} is toegelaten.` : `${result.name} was al toegelaten.` };
});

export const givePersonalMembershipAction = secretaryAction({ schema: personIdSchema, failure: "Lidmaatschap geven mislukt" }, async ({ data, user }) => {
  const year = currentYear();
  const result = await givePersonalMembership(db, actorOf(user), data.id, year);
  return membershipState(result, (name) => `${name} doet in ${year} mee met een eigen lidmaatschap.`);
});

export const endPersonalMembershipAction = secretaryAction({ schema: personIdSchema, failure: "Lidmaatschap beëindigen mislukt" }, async ({ data, user }) => {
  const year = currentYear();
  const result = await endPersonalMembership(db, actorOf(user), data.id, year);
  return membershipState(result, (name) => `Het eigen lidmaatschap van ${name} voor ${year} is beëindigd.`);
});

/** Merges the chosen person into the one whose page this is, then shows that page with the outcome. */
export const mergePeopleAction = secretaryAction({ schema: mergePeopleSchema, failure: "Samenvoegen mislukt" }, async ({ data, values, user }) => {
  const result = await mergePeople(db, actorOf(user), data.keepId, data.mergeId);
  if (result.outcome === "refused") return refusedField(result.field, result.message, values);
  redirect(`/beheer/mensen/${encodeURIComponent(data.keepId)}?samengevoegd=1`);
});
