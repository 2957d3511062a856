import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatShortDate } from "@/lib/format/dates";
import { formatEurosWithCents } from "@/lib/format/money";
import { feeStatusLabels } from "@/lib/fees/labels";
import type { FeeRegisterRow } from "@/lib/fees/list-fee-register";

const columns: Column<FeeRegisterRow>[] = [
  { header: "Gemeente", cell: (row) => <Link href={`/beheer/bijdragen/${row.id}`}>{row.municipality.name}</Link>, rowHeader: true },
  { header: "Bedrag", cell: (row) => formatEurosWithCents(row.amountCents), className: "whitespace-nowrap" },
  {
    header: "Status",
    cell: (row) => (
      <>
        {feeStatusLabels[row.status]}
        {row.paidOn && ` op ${formatShortDate(row.paidOn)}`}
      </>
    ),
  },
  { header: "Factuur", cell: (row) => (row.invoice ? `${row.invoice.number}${row.invoice.sentAt ? "" : " (niet verstuurd)"}` : "—") },
  { header: "Vervaldatum", cell: (row) => (row.invoice && row.status === "INVOICED" ? formatShortDate(row.invoice.dueOn) : "—") },
  {
    header: "Te laat",
    cell: (row) => (
      <>
        {row.overdueDays ? `${row.overdueDays} ${row.overdueDays === 1 ? "dag" : "dagen"}` : "—"}
        {row.reminderCount > 0 && `, ${row.reminderCount}× herinnerd`}
      </>
    ),
  },
];

/** The register: one row per municipality, with the standing invoice and how late its payment is. */
export function FeeRegisterTable({ rows, caption, empty }: { rows: FeeRegisterRow[]; caption: string; empty: string }) {
  return <DataTable columns={columns} rows={rows} caption={caption} empty={empty} alignTop />;
}
