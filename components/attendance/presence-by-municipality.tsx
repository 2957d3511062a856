import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import type { MunicipalityPresence, PresenceByMunicipality } from "@/lib/attendance/count-presence-by-municipality";

const meetingsWord = (count: number) => (count === 1 ? "bijeenkomst" : "bijeenkomsten");

/** Per municipality and year: at how many meetings its people were, and how often (from the kept presence lists). */
export function PresenceByMunicipalityTable({ presence }: { presence: PresenceByMunicipality }) {
  const columns: Column<MunicipalityPresence>[] = [
    { header: "Gemeente", rowHeader: true, cell: (row) => <Link href={`/beheer/gemeenten/${row.municipalityId}`}>{row.name}</Link> },
    ...presence.years.map((year): Column<MunicipalityPresence> => ({
      header: String(year),
      cell: (row) => {
        const counts = row.years[year];
        return counts ? `${counts.present} keer aanwezig, bij ${counts.meetings} ${meetingsWord(counts.meetings)}` : "–";
      },
    })),
  ];
  return (
    <DataTable
      columns={columns}
      rows={presence.municipalities}
      rowKey={(row) => row.municipalityId}
      caption={`Aanwezigheid per gemeente, ${presence.years.at(-1)} tot en met ${presence.years[0]}`}
      hideCaption
      empty="Er is nog geen presentielijst bijgehouden."
    />
  );
}
