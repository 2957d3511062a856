import Link from "next/link";
import type { DirectoryListing } from "@/lib/directory/load-directory-page";

/** The people in the directory, each with only what they chose to show. */
export function DirectoryList({ entries }: { entries: DirectoryListing[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-neutral-300 p-4">
          <h3 className="text-lg font-semibold">{entry.name}</h3>
          {(entry.jobTitle || entry.organisation) && <p>{[entry.jobTitle, entry.organisation].filter(Boolean).join(", ")}</p>}
          {entry.themes.length > 0 && (
            <p className="mt-2">
              <span className="font-semibold">Thema&apos;s:</span>{" "}
              {entry.themes.map((theme, index) => (
                <span key={theme.slug}>
                  {index > 0 && ", "}
                  <Link href={`/themas/${theme.slug}`}>{theme.name}</Link>
                </span>
              ))}
            </p>
          )}
          {(entry.email || entry.phone) && (
            <ul className="mt-2">
              {entry.email && (
                <li>
                  E-mail: <a href={`mailto:${entry.email}`}>{entry.email}</a>
                </li>
              )}
              {entry.phone && (
                <li>
                  Telefoon: <a href={`tel:${entry.phone.replace(/[\s-]/g, "")}`}>{entry.phone}</a>
                </li>
              )}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
