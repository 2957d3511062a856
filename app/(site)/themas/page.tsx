import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db/client";
import { listThemesWithCounts, type ThemeCounts } from "@/lib/themes/queries";

export const metadata: Metadata = {
  title: "Thema's",
  description: "De thema's waar het Wmo transformatienetwerk over spreekt, met de bijeenkomsten, verslagen en documenten erover.",
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function countsLine(counts: ThemeCounts) {
  return [
    plural(counts.meetings, "bijeenkomst", "bijeenkomsten"),
    plural(counts.articles, "bericht of verslag", "berichten en verslagen"),
    plural(counts.documents, "document", "documenten"),
  ].join(" · ");
}

/** Every theme with what is on it; an ordinary page, rendered per request (not among the kept pages). */
export default async function ThemesPage() {
  const themes = await listThemesWithCounts(db);
  return (
    <>
      <PageHeader
        title="Thema's"
        intro="De thema's waar het netwerk over spreekt, vaak met externe sprekers. Per thema vind je de bijeenkomsten, verslagen en documenten."
      />
      {themes.length === 0 ? (
        <p>Er zijn nog geen thema&apos;s.</p>
      ) : (
        <ul className="grid max-w-4xl gap-4 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.id} className="rounded border border-neutral-300 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/themas/${theme.slug}`}>{theme.name}</Link>
              </h2>
              <p className="mt-1">{theme.description}</p>
              <p className="mt-2 text-sm text-neutral-700">{countsLine(theme.counts)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
