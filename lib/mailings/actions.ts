"use server";

import "server-only";

import { signedInAction } from "../auth/action-client";
import { db } from "../db/client";
import { setMailingChoice } from "./mailing-choice";
import { mailingChoiceSchema } from "./mailing-schema";

/** The choice on /mijn-gegevens: mailings of the network, yes or no. */
export const saveMailingChoiceAction = signedInAction({ schema: mailingChoiceSchema, failure: "Keuze opslaan mislukt" }, async ({ data, values, user }) => {
  await setMailingChoice(db, user.id, data.receiveMailings);
  return {
    status: "success",
    message: data.receiveMailings ? "Je krijgt weer berichten van het netwerk." : "Je krijgt geen berichten van het netwerk meer. Uitnodigingen blijven komen.",
    values,
  };
});
