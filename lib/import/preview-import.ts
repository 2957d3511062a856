import "server-only";
import { adminEmails } from "../auth/admin-emails";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { localDateKey } from "../format/dates";
import { currentYear } from "../members/current-year";
import type { ImportPlan, PlanOptions } from "./import-plan";
import { loadImportSnapshot } from "./load-import-snapshot";
import type { PendingImport } from "./pending-import";
import { planImport } from "./plan-import";
import { readImportRows } from "./read-import-rows";

export function importOptions(overwrite: boolean, now = new Date()): PlanOptions {
  return { overwrite, currentYear: currentYear(now), today: localDateKey(now), adminEmails: adminEmails() };
}

/** What confirming this file would do now, in a fixed number of queries. */
export async function previewImport(
  db: Database | Prisma.TransactionClient,
  pending: Pick<PendingImport, "tables" | "mappings" | "overwrite">,
  now = new Date(),
): Promise<ImportPlan> {
  const options = importOptions(pending.overwrite, now);
  const rows = readImportRows(pending.tables, pending.mappings, options.currentYear);
  const snapshot = await loadImportSnapshot(db, rows);
  return planImport(rows, snapshot, options, pending.tables.length);
}
