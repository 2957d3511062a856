import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { changeFee } from "./fee-change";

/** Lets a municipality off this year's fee, with the reason on record. */
export function waiveFee(db: Database, actor: Actor, feeRecordId: string, reason: string) {
  return changeFee(db, actor, feeRecordId, "waive", async (tx, fee) => {
    await tx.feeRecord.update({ where: { id: fee.id }, data: { status: "WAIVED", waivedReason: reason } });
    return { after: { status: "WAIVED", reason } };
  });
}
