import "server-only";
import type { Database } from "../db/client";

/** This year's fee records that are not paid or waived yet, with their total count. */
export async function listUnpaidFees(db: Database, year: number, take = 10) {
  const where = { year, status: { in: ["OPEN" as const, "INVOICED" as const] } };
  const [items, total] = await Promise.all([
    db.feeRecord.findMany({
      where,
      orderBy: { municipality: { name: "asc" } },
      take,
      select: { id: true, amountCents: true, status: true, municipality: { select: { id: true, name: true } } },
    }),
    db.feeRecord.count({ where }),
  ]);
  return { items, total };
}
