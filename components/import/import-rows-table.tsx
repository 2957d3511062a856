import type { PlannedRow } from "@/lib/import/import-plan";
import { kindLabels, outcomeLabels } from "./import-labels";

const outcomeClass = { create: "text-green-900", update: "text-brand-700", unchanged: "text-neutral-700", skip: "text-red-800" } as const;

/** Per row of the file: the person or municipality in it, what happens to it, and which fields change. */
export function ImportRowsTable({ rows, sheets }: { rows: PlannedRow[]; sheets: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">Wat er met elke rij van het bestand gebeurt</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Rij
            </th>
            <th scope="col" className="py-2 pr-4">
              Soort
            </th>
            <th scope="col" className="py-2 pr-4">
              Naam
            </th>
            <th scope="col" className="py-2 pr-4">
              Wat er gebeurt
            </th>
            <th scope="col" className="py-2 pr-4">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.ref.sheet}-${row.ref.row}-${row.kind}`} className="border-b border-neutral-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                {sheets > 1 ? `${row.ref.sheet} ${row.ref.row}` : row.ref.row}
              </th>
              <td className="py-2 pr-4">{kindLabels[row.kind]}</td>
              <td className="py-2 pr-4">{row.label}</td>
              <td className={`py-2 pr-4 font-semibold ${outcomeClass[row.outcome]}`}>{outcomeLabels[row.outcome]}</td>
              <td className="py-2 pr-4">
                {row.outcome === "skip" ? "Zie de problemen hierboven." : row.changes.join(", ") || "—"}
                {row.kept.length > 0 && <span className="block text-sm text-neutral-700">Blijft zoals het is: {row.kept.join(", ")}.</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
