"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid, refusedField } from "../forms/form-state";
import { mailingIdSchema, mailingSchema, resendMailingMailSchema } from "./mailing-schema";
import { saveMailing } from "./save-mailing";
import { resendMailingMail, sendMailing, sendTestMailing } from "./send-mailing";

const GONE = "Dit bericht bestaat niet (meer). Laad de pagina opnieuw.";
const SENT = "Dit bericht is al verstuurd en verandert niet meer.";

export const saveMailingAction = secretaryAction({ schema: mailingSchema, failure: "Bericht opslaan mislukt" }, async ({ data, values, user }) => {
  const result = await saveMailing(db, actorOf(user), data);
  if (result.outcome === "not-found") return refusedField("mailingId", GONE, values);
  if (result.outcome === "already-sent") return refusedField("mailingId", SENT, values);
  if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
  if (!data.mailingId) redirect(`/beheer/berichten/${result.id}?opgeslagen=1`);
  return { status: "success", message: "Het concept is opgeslagen. Bekijk het voorbeeld hieronder." };
});

export const sendTestMailingAction = secretaryAction({ schema: mailingIdSchema, failure: "Testbericht versturen mislukt" }, async ({ data, user }) => {
  const result = await sendTestMailing(db, actorOf(user), data.mailingId);
  if (result.outcome === "not-found") return refusedField("mailingId", GONE);
  if (result.outcome === "no-address") return refusedField("mailingId", "Je account heeft geen e-mailadres om de test naar te sturen.");
  return { status: "success", message: `Het testbericht gaat naar ${result.to}.` };
});

export const sendMailingAction = secretaryAction({ schema: mailingIdSchema, failure: "Bericht versturen mislukt" }, async ({ data, user }) => {
  const result = await sendMailing(db, actorOf(user), data.mailingId);
  if (result.outcome === "not-found") return refusedField("mailingId", GONE);
  if (result.outcome === "already-sent") return refusedField("mailingId", SENT);
  if (result.outcome === "nobody") return refusedField("mailingId", "Met deze keuze krijgt niemand het bericht. Kies andere ontvangers en sla het concept op.");
  redirect(`/beheer/berichten/${data.mailingId}?verstuurd=${result.queued}`);
});

export const resendMailingMailAction = secretaryAction(
  { schema: resendMailingMailSchema, failure: "Bericht opnieuw versturen mislukt" },
  async ({ data, user }) => {
    const result = await resendMailingMail(db, actorOf(user), data.mailingId, data.mailId);
    if (result.outcome === "not-found") return refusedField("mailId", "Dit verzonden bericht bestaat niet (meer). Laad de pagina opnieuw.");
    return { status: "success", message: `Het bericht wordt opnieuw verstuurd aan ${result.to}.` };
  },
);
