import "server-only";
import { recordChanges, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { annualFeeCents } from "./fee-amount";
import { feeLabel } from "./fee-change";

/**
 * Gives every municipality that takes part in `year` its fee record, at the fee configured now; records that
 * exist are left as they are, so running it again (or twice at once) creates nothing twice.
 */
export async function createYearFees(db: Database, actor: Actor, year: number): Promise<{ created: number }> {
  return db.$transaction(async (tx) => {
    const taking = await tx.membership.findMany({ where: { year, municipality: { feeRecords: { none: { year } } } }, select: { municipalityId: true } });
    const created = await tx.feeRecord.createManyAndReturn({
      data: taking.map(({ municipalityId }) => ({ municipalityId, year, amountCents: annualFeeCents(), currency: "EUR", status: "OPEN" as const })),
      skipDuplicates: true,
      select: { id: true, amountCents: true, municipality: { select: { name: true } } },
    });
    await recordChanges(
      tx,
      actor,
      created.map((fee) => ({
        action: "fee.create",
        entityType: "FeeRecord" as const,
        entityId: fee.id,
        entityLabel: feeLabel(fee.municipality.name, year),
        after: { status: "OPEN", amountCents: fee.amountCents },
      })),
    );
    return { created: created.length };
  });
}
