import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import { todayKey } from "./calendar-dates";
import { changeFee, invoicingContact } from "./fee-change";
import { currentInvoice } from "./issue-invoice";

/** Mails the invoicing contact (and only them) a reminder with the invoice attached again; at most one a day. */
export function sendPaymentReminder(db: Database, actor: Actor, feeRecordId: string, now = new Date()) {
  return changeFee(db, actor, feeRecordId, "remind", async (tx, fee) => {
    const invoice = (await currentInvoice(tx, fee.id))!;
    if (fee.remindedAt && todayKey(fee.remindedAt) === todayKey(now)) return { refused: "Vandaag is al een herinnering verstuurd voor deze factuur." };
    const contact = invoicingContact(fee);
    if ("refused" in contact) return contact;
    const { to } = contact;
    const { reminderCount } = await tx.feeRecord.update({
      where: { id: fee.id },
      data: { remindedAt: now, reminderCount: { increment: 1 } },
      select: { reminderCount: true },
    });
    await queueMail(tx, {
      to,
      template: "invoice",
      data: { kind: "reminder", invoiceId: invoice.id, number: invoice.number },
      idempotencyKey: `invoice-reminder:${invoice.id}:${reminderCount}`,
    });
    return { after: { invoiceNumber: invoice.number, sentTo: to, reminder: reminderCount } };
  });
}
