import { type Column, DataTable } from "@/components/admin/data-table";
import type { PlannedRow } from "@/lib/import/import-plan";
import { kindLabels, outcomeLabels } from "./import-labels";

const outcomeClass = { create: "text-green-900", update: "text-brand-700", unchanged: "text-neutral-700", skip: "text-red-800" } as const;

function columns(sheets: number): Column<PlannedRow>[] {
  return [
    { header: "Rij", cell: (row) => (sheets > 1 ? `${row.ref.sheet} ${row.ref.row}` : row.ref.row), rowHeader: true, className: "whitespace-nowrap" },
    { header: "Soort", cell: (row) => kindLabels[row.kind] },
    { header: "Naam", cell: (row) => row.label },
    { header: "Wat er gebeurt", cell: (row) => outcomeLabels[row.outcome], className: (row) => `font-semibold ${outcomeClass[row.outcome]}` },
    {
      header: "Details",
      cell: (row) => (
        <>
          {row.outcome === "skip" ? "Zie de problemen hierboven." : row.changes.join(", ") || "—"}
          {row.kept.length > 0 && <span className="block text-sm text-neutral-700">Blijft zoals het is: {row.kept.join(", ")}.</span>}
        </>
      ),
    },
  ];
}

/** Per row of the file: the person or municipality in it, what happens to it, and which fields change. */
export function ImportRowsTable({ rows, sheets }: { rows: PlannedRow[]; sheets: number }) {
  return (
    <DataTable
      columns={columns(sheets)}
      rows={rows}
      rowKey={(row) => `${row.ref.sheet}-${row.ref.row}-${row.kind}`}
      caption="Wat er met elke rij van het bestand gebeurt"
      empty="Er zijn geen rijen om te importeren. Koppel de kolommen hieronder."
      alignTop
    />
  );
}
