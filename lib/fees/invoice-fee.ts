import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { changeFee } from "./fee-change";
import { issueInvoice } from "./issue-invoice";

/** Issues the invoice without sending it (for a municipality that gets it through another channel). */
export function invoiceFee(db: Database, actor: Actor, feeRecordId: string, now = new Date()) {
  return changeFee(db, actor, feeRecordId, "invoice", async (tx, fee) => {
    const invoice = await issueInvoice(tx, fee, now);
    if ("refused" in invoice) return invoice;
    await tx.feeRecord.update({ where: { id: fee.id }, data: { status: "INVOICED" } });
    return { after: { status: "INVOICED", invoiceNumber: invoice.number } };
  });
}
