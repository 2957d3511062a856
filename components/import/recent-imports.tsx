import Link from "next/link";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import type { ImportRecord } from "@/lib/import/load-import-page";

/** The latest imports: when, by whom, which file and what it did. */
export function RecentImports({ imports }: { imports: ImportRecord[] }) {
  if (!imports.length) return <p>Er is nog niets geïmporteerd.</p>;
  return (
    <ul className="space-y-2">
      {imports.map((entry) => (
        <li key={entry.id}>
          {formatShortDate(entry.createdAt)}, {formatTime(entry.createdAt)} uur: {entry.actorLabel} importeerde “{entry.fileName}”:{" "}
          {entry.summary.people.created} mensen nieuw, {entry.summary.people.updated} bijgewerkt; {entry.summary.municipalities.created} gemeenten nieuw,{" "}
          {entry.summary.municipalities.updated} bijgewerkt. <Link href={`/beheer/logboek?type=Import&id=${entry.id}`}>In het logboek</Link>
        </li>
      ))}
    </ul>
  );
}
