import Link from "next/link";
import { formatShortDate } from "@/lib/format/dates";
import { formatEurosWithCents } from "@/lib/format/money";
import { feeStatusLabels } from "@/lib/fees/labels";
import type { FeeRegisterRow } from "@/lib/fees/list-fee-register";

/** The register: one row per municipality, with the standing invoice and how late its payment is. */
export function FeeRegisterTable({ rows, caption }: { rows: FeeRegisterRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Gemeente
            </th>
            <th scope="col" className="py-2 pr-4">
              Bedrag
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Factuur
            </th>
            <th scope="col" className="py-2 pr-4">
              Vervaldatum
            </th>
            <th scope="col" className="py-2 pr-4">
              Te laat
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-neutral-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/beheer/bijdragen/${row.id}`}>{row.municipality.name}</Link>
              </th>
              <td className="py-2 pr-4 whitespace-nowrap">{formatEurosWithCents(row.amountCents)}</td>
              <td className="py-2 pr-4">
                {feeStatusLabels[row.status]}
                {row.paidOn && ` op ${formatShortDate(row.paidOn)}`}
              </td>
              <td className="py-2 pr-4">{row.invoice ? `${row.invoice.number}${row.invoice.sentAt ? "" : " (niet verstuurd)"}` : "—"}</td>
              <td className="py-2 pr-4">{row.invoice && row.status === "INVOICED" ? formatShortDate(row.invoice.dueOn) : "—"}</td>
              <td className="py-2 pr-4">
                {row.overdueDays ? `${row.overdueDays} ${row.overdueDays === 1 ? "dag" : "dagen"}` : "—"}
                {row.reminderCount > 0 && `, ${row.reminderCount}× herinnerd`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
