import Link from "next/link";
import { formatShortDate } from "@/lib/format/dates";
import type { SearchKind, SearchResult } from "@/lib/search/search-site";

const kindLabels: Record<SearchKind, string> = {
  meeting: "Bijeenkomst",
  article: "Nieuws of verslag",
  theme: "Thema",
  page: "Pagina",
  document: "Document (voor deelnemers)",
};

/** The results in their order, each with its kind, date and a snippet with the found words marked. */
export function SearchResults({ results, start }: { results: SearchResult[]; start: number }) {
  return (
    <ol start={start} className="max-w-3xl list-none space-y-6 p-0">
      {results.map((result) => (
        <li key={`${result.kind}-${result.id}`}>
          <article>
            <p className="text-sm text-neutral-700">
              {kindLabels[result.kind]}
              {result.date && (
                <>
                  {" · "}
                  <time dateTime={result.date.toISOString().slice(0, 10)}>{formatShortDate(result.date)}</time>
                </>
              )}
            </p>
            <h3 className="text-lg font-semibold">
              {/* A document's link answers with a file, not a page. */}
              {result.kind === "document" ? <a href={result.href}>{result.title}</a> : <Link href={result.href}>{result.title}</Link>}
            </h3>
            {result.snippet.length > 0 && (
              <p>
                {result.snippet.map((part, index) =>
                  part.match ? (
                    <mark key={index} className="bg-yellow-200 text-neutral-900">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
