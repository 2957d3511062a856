import { formatEuros } from "@/lib/format/money";

type Counts = { created: number; updated: number; unchanged: number; skipped: number };

const line = ({ created, updated, unchanged, skipped }: Counts) => `${created} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${skipped} overgeslagen`;

/** The totals of a preview or a finished import. */
export function ImportCounts({
  people,
  municipalities,
  memberships,
  positions,
  feeCents,
}: {
  people: Counts;
  municipalities: Counts;
  memberships: number;
  positions: number;
  feeCents: number;
}) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      <li>Mensen: {line(people)}</li>
      <li>Gemeenten: {line(municipalities)}</li>
      <li>
        Nieuwe deelname van een gemeente, met een bijdrage van {formatEuros(feeCents)}: {memberships}
      </li>
      <li>Nieuwe functies in de kernclub: {positions}</li>
    </ul>
  );
}
