import { type Column, DataTable } from "@/components/admin/data-table";
import type { Problem } from "@/lib/import/import-rows";

const sheet: Column<Problem> = { header: "Werkblad", cell: (problem) => problem.sheet };
const columns: Column<Problem>[] = [
  { header: "Rij", cell: (problem) => problem.row, rowHeader: true },
  { header: "Kolom", cell: (problem) => problem.column ?? "—" },
  { header: "Probleem", cell: (problem) => problem.message },
];

/** Every problem with its sheet, row and column: those rows are left out of the import. */
export function ImportProblemsTable({ problems, sheets }: { problems: Problem[]; sheets: number }) {
  return (
    <DataTable
      columns={[sheets > 1 && sheet, ...columns]}
      rows={problems}
      rowKey={(_, index) => index}
      caption="Problemen per rij; deze rijen worden niet geïmporteerd"
      empty="Geen problemen gevonden."
      alignTop
    />
  );
}
