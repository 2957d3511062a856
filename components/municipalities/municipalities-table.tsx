import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import type { MunicipalityRow } from "@/lib/municipalities/list-municipalities";

type Props = { municipalities: MunicipalityRow[]; year: number; caption: string; empty: string };

export function MunicipalitiesTable({ municipalities, year, caption, empty }: Props) {
  const columns: Column<MunicipalityRow>[] = [
    { header: "Gemeente", cell: (municipality) => <Link href={`/beheer/gemeenten/${municipality.id}`}>{municipality.name}</Link> },
    { header: "CBS-code", cell: (municipality) => municipality.cbsCode ?? "—" },
    { header: "Deelgenomen in", cell: (municipality) => (municipality.years.length ? municipality.years.join(", ") : "Nog niet") },
    { header: `Doet mee in ${year}`, cell: (municipality) => (municipality.takesPart ? "Ja" : "Nee") },
    { header: `Mensen gedekt in ${year}`, cell: (municipality) => (municipality.takesPart ? municipality.covers : "—") },
  ];
  return <DataTable columns={columns} rows={municipalities} caption={caption} empty={empty} />;
}
