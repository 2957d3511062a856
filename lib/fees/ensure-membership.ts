import type { Prisma } from "../db/generated/client";
import { annualFeeCents } from "./fee-amount";

/**
 * Gives a municipality its membership and € 500 fee record for `year`, once. The unique constraints on
 * (municipality, year) and ON CONFLICT DO NOTHING keep it at one each, even when two colleagues are
 * approved at the same moment in parallel transactions.
 */
export async function ensureMembership(tx: Prisma.TransactionClient, municipalityId: string, year: number) {
  await tx.membership.createMany({ data: [{ municipalityId, year }], skipDuplicates: true });
  await tx.feeRecord.createMany({
    data: [{ municipalityId, year, amountCents: annualFeeCents(), currency: "EUR", status: "OPEN" }],
    skipDuplicates: true,
  });
}
