import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { dateOfKey, keyOfDate, todayKey } from "./calendar-dates";
import { changeFee } from "./fee-change";
import { currentInvoice } from "./issue-invoice";

/** Books the payment of the invoice on the day it arrived (not before the invoice, not in the future). */
export function recordPayment(db: Database, actor: Actor, feeRecordId: string, paidOn: string, now = new Date()) {
  return changeFee(db, actor, feeRecordId, "pay", async (tx, fee) => {
    if (paidOn > todayKey(now)) return { refused: "Een betaaldatum kan niet in de toekomst liggen.", field: "paidOn" };
    const invoice = (await currentInvoice(tx, fee.id))!;
    if (paidOn < keyOfDate(invoice.issuedOn)) return { refused: `De betaaldatum ligt vóór de factuurdatum van factuur ${invoice.number}.`, field: "paidOn" };
    await tx.feeRecord.update({ where: { id: fee.id }, data: { status: "PAID", paidOn: dateOfKey(paidOn) } });
    return { after: { status: "PAID", paidOn, invoiceNumber: invoice.number } };
  });
}
