import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatShortDate } from "@/lib/format/dates";
import type { MailingListRow } from "@/lib/mailings/queries";

const columns: Column<MailingListRow>[] = [
  { header: "Onderwerp", rowHeader: true, cell: (row) => <Link href={`/beheer/berichten/${row.id}`}>{row.subject}</Link> },
  { header: "Status", cell: (row) => (row.sentAt ? `Verstuurd op ${formatShortDate(row.sentAt)}` : "Concept") },
  { header: "Ontvangers", cell: (row) => row.recipientCount ?? "–" },
  { header: "Verzonden", cell: (row) => (row.sentAt ? row.counts.SENT : "–") },
  { header: "Mislukt", cell: (row) => (row.sentAt ? row.counts.FAILED : "–") },
];

export function MailingTable({ mailings }: { mailings: MailingListRow[] }) {
  return <DataTable columns={columns} rows={mailings} caption="Berichten aan deelnemers" hideCaption empty="Er zijn nog geen berichten." />;
}
