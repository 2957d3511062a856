"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { type FormState, refusedField } from "../forms/form-state";
import { createYearFees } from "./create-year-fees";
import { creditInvoice } from "./credit-invoice";
import type { FeeChangeResult } from "./fee-change";
import type { FeeAction } from "./fee-transitions";
import { creditInvoiceSchema, feeIdSchema, feeYearSchema, recordPaymentSchema, sendInvoiceSchema, waiveFeeSchema } from "./fee-schemas";
import { invoiceFee } from "./invoice-fee";
import { recordPayment } from "./record-payment";
import { renewMemberships } from "./renew-memberships";
import { sendInvoice } from "./send-invoice";
import { sendPaymentReminder } from "./send-payment-reminder";
import { waiveFee } from "./waive-fee";

/** A refusal stays in the form; a change goes back to the fee's page, which confirms it (lib/fees/fee-notices.ts). */
function answer(result: FeeChangeResult, id: string, action: FeeAction, values: Record<string, string>): FormState {
  if (result.outcome === "refused") return refusedField(result.field, result.message, values);
  redirect(`/beheer/bijdragen/${id}?gedaan=${action}`);
}

export const createYearFeesAction = secretaryAction({ schema: feeYearSchema, failure: "Bijdragen aanmaken mislukt" }, async ({ data: { year }, user }) => {
  const { created } = await createYearFees(db, actorOf(user), year);
  return {
    status: "success",
    message: created ? `${created} bijdragen voor ${year} aangemaakt.` : `Alle deelnemende gemeenten hadden al een bijdrage voor ${year}.`,
  };
});

export const renewMembershipsAction = secretaryAction({ schema: feeYearSchema, failure: "Nieuw jaar starten mislukt" }, async ({ data: { year }, user }) => {
  const result = await renewMemberships(db, actorOf(user), year);
  if (!result.municipalities && !result.people) return { status: "success", message: `${year} was al gestart: er is niets nieuws aangemaakt.` };
  const missing = result.withoutContact.length ? ` Zonder e-mailadres voor facturen, dus zonder bericht: ${result.withoutContact.join(", ")}.` : "";
  return {
    status: "success",
    message: `${year} is gestart: ${result.municipalities} gemeenten en ${result.people} personen doen weer mee; ${result.mails} berichten gaan de deur uit.${missing}`,
  };
});

export const invoiceFeeAction = secretaryAction({ schema: feeIdSchema, failure: "Factuur maken mislukt" }, async ({ data: { id }, values, user }) =>
  answer(await invoiceFee(db, actorOf(user), id), id, "invoice", values),
);

export const sendInvoiceAction = secretaryAction(
  { schema: sendInvoiceSchema, failure: "Factuur versturen mislukt" },
  async ({ data: { id, withEInvoice }, values, user }) => answer(await sendInvoice(db, actorOf(user), id, { withEInvoice }), id, "send", values),
);

export const recordPaymentAction = secretaryAction(
  { schema: recordPaymentSchema, failure: "Betaling boeken mislukt" },
  async ({ data: { id, paidOn }, values, user }) => answer(await recordPayment(db, actorOf(user), id, paidOn), id, "pay", values),
);

export const waiveFeeAction = secretaryAction({ schema: waiveFeeSchema, failure: "Kwijtschelden mislukt" }, async ({ data: { id, reason }, values, user }) =>
  answer(await waiveFee(db, actorOf(user), id, reason), id, "waive", values),
);

export const creditInvoiceAction = secretaryAction(
  { schema: creditInvoiceSchema, failure: "Crediteren mislukt" },
  async ({ data: { id, reason }, values, user }) => answer(await creditInvoice(db, actorOf(user), id, reason), id, "credit", values),
);

export const sendPaymentReminderAction = secretaryAction(
  { schema: feeIdSchema, failure: "Herinnering versturen mislukt" },
  async ({ data: { id }, values, user }) => answer(await sendPaymentReminder(db, actorOf(user), id), id, "remind", values),
);
