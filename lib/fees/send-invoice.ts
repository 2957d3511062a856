import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import { eInvoiceRefusal } from "./einvoice-refusal";
import { changeFee, invoicingContact } from "./fee-change";
import { buyerOfSnapshot, type SellerDetails } from "./invoice-snapshot";
import { currentInvoice, issueInvoice } from "./issue-invoice";

/**
 * Mails the invoice (PDF, and the e-invoice when chosen) to the municipality's invoicing contact; an open record
 * is invoiced first. Each invoice is sent once: a second click finds it sent (a reminder sends it again). An
 * e-invoice the invoice's details do not allow is refused, and an invoice issued for it is rolled back.
 */
export function sendInvoice(db: Database, actor: Actor, feeRecordId: string, { withEInvoice }: { withEInvoice: boolean }, now = new Date()) {
  return changeFee(db, actor, feeRecordId, "send", async (tx, fee) => {
    const issuedBefore = fee.status === "INVOICED";
    if (!issuedBefore) {
      const issued = await issueInvoice(tx, fee, now);
      if ("refused" in issued) return issued;
      await tx.feeRecord.update({ where: { id: fee.id }, data: { status: "INVOICED" } });
    }
    const invoice = (await currentInvoice(tx, fee.id))!;
    if (invoice.sentAt) return { refused: `Factuur ${invoice.number} is al verstuurd. Stuur zo nodig een betalingsherinnering.` };
    const refusal = withEInvoice && eInvoiceRefusal({ buyer: buyerOfSnapshot(invoice.buyer), seller: invoice.seller as SellerDetails });
    if (refusal) {
      const issuedWithout = `Factuur ${invoice.number} is al gemaakt zonder die gegevens: verstuur haar zonder e-factuur, of crediteer haar en maak een nieuwe.`;
      return { refused: issuedBefore ? `${refusal} ${issuedWithout}` : refusal, field: "withEInvoice" };
    }
    const contact = invoicingContact(fee);
    if ("refused" in contact) return contact;
    const { to } = contact;
    await tx.invoice.update({ where: { id: invoice.id }, data: { sentAt: now, withEInvoice } });
    await queueMail(tx, {
      to,
      template: "invoice",
      data: { kind: "invoice", invoiceId: invoice.id, number: invoice.number },
      idempotencyKey: `invoice:${invoice.id}`,
    });
    return { after: { status: "INVOICED", invoiceNumber: invoice.number, sentTo: to, withEInvoice } };
  });
}
