import type { Prisma } from "../db/generated/client";
import { annualFeeCents } from "./fee-amount";

/**
 * Gives a municipality its membership and € 500 fee record for `year`, once. The unique constraints on
 * (municipality, year) and ON CONFLICT DO NOTHING keep it at one each, even when two colleagues are
 * approved at the same moment in parallel transactions.
 */
export async function ensureMembership(tx: Prisma.TransactionClient, municipalityId: string, year: number) {
  await ensureMemberships(tx, [{ municipalityId, year }]);
}

/** The same for many municipalities and years at once (an import), in two statements; returns the fee records it created. */
export async function ensureMemberships(tx: Prisma.TransactionClient, memberships: { municipalityId: string; year: number }[]) {
  if (!memberships.length) return [];
  await tx.membership.createMany({ data: memberships, skipDuplicates: true });
  return tx.feeRecord.createManyAndReturn({
    data: memberships.map(({ municipalityId, year }) => ({ municipalityId, year, amountCents: annualFeeCents(), currency: "EUR", status: "OPEN" as const })),
    skipDuplicates: true,
    select: { id: true, municipalityId: true, year: true, amountCents: true },
  });
}
