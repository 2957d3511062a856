import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueMail } from "../mail/outbox";
import { dateOfKey, todayKey } from "./calendar-dates";
import { changeFee } from "./fee-change";
import { currentInvoice } from "./issue-invoice";
import { allocateInvoiceNumber } from "./invoice-number";

/**
 * Cancels the standing invoice with a credit note: its own number from the same series, the same parties and
 * amount, the reason. Both documents stay. A credit note for an invoice that went out goes to the same contact.
 */
export function creditInvoice(db: Database, actor: Actor, feeRecordId: string, reason: string, now = new Date()) {
  return changeFee(db, actor, feeRecordId, "credit", async (tx, fee) => {
    const invoice = (await currentInvoice(tx, fee.id))!;
    const issuedOn = todayKey(now);
    const creditNote = await tx.invoice.create({
      data: {
        number: await allocateInvoiceNumber(tx, Number(issuedOn.slice(0, 4))),
        kind: "CREDIT_NOTE",
        feeRecordId: fee.id,
        creditsInvoiceId: invoice.id,
        issuedOn: dateOfKey(issuedOn),
        dueOn: dateOfKey(issuedOn),
        amountCents: invoice.amountCents,
        currency: invoice.currency,
        description: invoice.description,
        reason,
        buyer: invoice.buyer as Prisma.InputJsonValue,
        seller: invoice.seller as Prisma.InputJsonValue,
        withEInvoice: invoice.withEInvoice,
        sentAt: invoice.sentAt ? now : null,
      },
      select: { id: true, number: true },
    });
    await tx.feeRecord.update({ where: { id: fee.id }, data: { status: "CREDITED" } });
    const contact = (invoice.buyer as { contactEmail?: string | null }).contactEmail;
    if (invoice.sentAt && contact) {
      const data = { kind: "credit-note" as const, invoiceId: creditNote.id, number: creditNote.number };
      await queueMail(tx, { to: contact, template: "invoice", data, idempotencyKey: `invoice:${creditNote.id}` });
    }
    return { after: { status: "CREDITED", invoiceNumber: invoice.number, creditNoteNumber: creditNote.number, reason } };
  });
}
