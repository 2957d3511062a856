import type { Prisma } from "../db/generated/client";

/**
 * The next invoice number of a year of issue, e.g. "2027-0001". The counter row is incremented inside the
 * caller's transaction: a parallel invoice waits for its row lock, and a rolled-back invoice gives its number
 * back, so numbers are never shared and never skipped. Credit notes take their numbers from the same series.
 */
export async function allocateInvoiceNumber(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceSequence" ("year", "lastNumber") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastNumber" = "InvoiceSequence"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return `${year}-${String(row!.lastNumber).padStart(4, "0")}`;
}
