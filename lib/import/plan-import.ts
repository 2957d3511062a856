import { createHash } from "node:crypto";
import type { ImportPlan, ImportWrites, OutcomeCounts, PlannedRow, PlanOptions } from "./import-plan";
import type { ImportSnapshot } from "./load-import-snapshot";
import { MunicipalityIndex } from "./municipality-index";
import { PlanContext } from "./plan-context";
import { failedMunicipalities, gatherMunicipalities, planMunicipalities } from "./plan-municipalities";
import { checkPeople, planPeople } from "./plan-people";
import type { ImportRows } from "./import-rows";

const countOf = (rows: PlannedRow[]): OutcomeCounts => ({
  create: rows.filter((row) => row.outcome === "create").length,
  update: rows.filter((row) => row.outcome === "update").length,
  unchanged: rows.filter((row) => row.outcome === "unchanged").length,
  skip: rows.filter((row) => row.outcome === "skip").length,
});

/**
 * What an import would do, row by row, against the database as it is now (`snapshot`). Pure: the same rows and
 * snapshot give the same plan and fingerprint, so the confirmation can check that nothing moved in between.
 */
export function planImport(input: ImportRows, snapshot: ImportSnapshot, options: PlanOptions, sheets: number): ImportPlan {
  const context = new PlanContext(input.rows, sheets);
  const index = new MunicipalityIndex(snapshot.municipalities);
  const writes: ImportWrites = { newMunicipalities: [], municipalityUpdates: [], newPeople: [], personUpdates: [], positions: [], memberships: [] };

  checkPeople(input.rows, snapshot, context);
  const { records, recordOfRow } = gatherMunicipalities(input.rows, index, context);
  const failed = failedMunicipalities(input.rows, context);
  const people = planPeople(input.rows, snapshot, { index, records, recordOfRow, failed }, options, context, writes);
  // A municipality known only from people's rows is written only if one of those rows is.
  const used = new Set([...recordOfRow].filter(([rowKey]) => people.some((row) => context.keyOf(row.ref) === rowKey)).map(([, record]) => record.key));
  const kept = [...records.values()].filter((record) => record.fromTable || used.has(record.key));
  const municipalities = planMunicipalities(kept, snapshot, options, writes);

  const byRow = new Map<string, PlannedRow[]>();
  for (const row of [...municipalities, ...people]) byRow.set(context.keyOf(row.ref), [...(byRow.get(context.keyOf(row.ref)) ?? []), row]);
  const rows: PlannedRow[] = input.rows.flatMap((result) => {
    const planned = byRow.get(context.keyOf(result.ref)) ?? [];
    // A person's row may also bring their municipality: the person first.
    if (!context.skipped(result.ref)) return [...planned.filter((row) => row.kind === "person"), ...planned.filter((row) => row.kind === "municipality")];
    return [{ ref: result.ref, kind: result.kind, label: result.label, outcome: "skip" as const, changes: [], kept: [] }];
  });

  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ rows: rows.map((row) => [row.ref, row.kind, row.outcome, row.changes]), writes, options }))
    .digest("hex");
  return {
    rows,
    problems: context.all(),
    notices: input.sheetNotices,
    writes,
    counts: {
      people: countOf(rows.filter((row) => row.kind === "person")),
      municipalities: countOf(rows.filter((row) => row.kind === "municipality")),
      memberships: writes.memberships.length,
      positions: writes.positions.length,
    },
    fingerprint,
  };
}
