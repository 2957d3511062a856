import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import type { AdminThemeRow } from "@/lib/themes/queries";

const columns: Column<AdminThemeRow>[] = [
  { header: "Naam", rowHeader: true, cell: (theme) => <Link href={`/beheer/themas/${theme.id}`}>{theme.name}</Link> },
  { header: "Adres", cell: (theme) => <Link href={`/themas/${theme.slug}`}>/themas/{theme.slug}</Link> },
  { header: "Bijeenkomsten", cell: (theme) => theme._count.meetings },
  { header: "Berichten", cell: (theme) => theme._count.articles },
];

export function AdminThemeTable({ themes }: { themes: AdminThemeRow[] }) {
  return <DataTable columns={columns} rows={themes} caption="Thema's, op naam" hideCaption empty="Geen thema's gevonden." />;
}
