import "server-only";
import type { Database } from "../db/client";
import { isCovered } from "../members/coverage";
import { currentYear } from "../members/current-year";
import { type Paged, paged } from "../pagination/page-params";

export const SEARCH_PAGE_SIZE = 20;

export type SearchKind = "meeting" | "article" | "theme" | "page" | "document";

/** A snippet as text with the matched words marked, so the page can show <mark> without trusting any HTML. */
export type SnippetPart = { text: string; match: boolean };

export type SearchResult = { kind: SearchKind; id: string; title: string; href: string; date: Date | null; snippet: SnippetPart[] };

// Control characters cannot occur in what the site stores as text, so they mark the matches unambiguously.
const MATCH_START = "\u0002";
const MATCH_END = "\u0003";
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

type SearchOptions = { readerId: string | null; page: number; now?: Date };

/** A page of results, and whether documents were searched too. */
export type SiteSearch = Paged<SearchResult> & { withDocuments: boolean };

type Row = { kind: SearchKind; refId: string; title: string; slug: string; date: Date | null; headline: string; total: bigint };

/**
 * Ranking reads an entry's words; finding it in the index does not. So at most this many matches, the newest, are
 * ranked: every search of the network's own archive is ranked in full, and a word in nearly everything
 * ("gemeente") still answers at once. The page says so when a search finds more.
 */
export const RANKED_AT_MOST = 1_000;

/**
 * Everything the site search finds for `query`, best first: PostgreSQL's Dutch full-text search over
 * "SearchEntry" (kept by the database's triggers), so "gemeenten" also finds "gemeente". Documents, title and
 * words, only for a reader covered this year (lib/members/coverage.ts), as on a theme's page. One statement
 * whatever the number of results: the matches' count, the page of the best of them, and the snippets for that page.
 */
export async function searchSite(db: Database, query: string, { readerId, page, now = new Date() }: SearchOptions): Promise<SiteSearch> {
  const withDocuments = readerId ? await isCovered(db, readerId, currentYear(now)) : false;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const [, rows] = await db.$transaction([
    // A common word matches most entries; the planner would then read every entry's words in a sequential scan,
    // where the index's bitmap needs none of them. For this statement only.
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<Row[]>`
      WITH query AS (SELECT websearch_to_tsquery('dutch', ${query}) AS tsquery),
      matches AS MATERIALIZED (
        SELECT entry.kind, entry."refId", entry.date
          FROM "SearchEntry" entry, query
         WHERE entry.vector @@ query.tsquery AND (${withDocuments} OR NOT entry."membersOnly")
      ),
      candidates AS (SELECT kind, "refId" FROM matches ORDER BY date DESC NULLS LAST LIMIT ${RANKED_AT_MOST}),
      hits AS (
        SELECT entry.kind, entry."refId", entry.title, entry.slug, entry.date, entry.body, ts_rank_cd(entry.vector, query.tsquery) AS rank
          FROM candidates JOIN "SearchEntry" entry USING (kind, "refId"), query
         ORDER BY rank DESC, entry.date DESC NULLS LAST, entry.title
         LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT hits.kind, hits."refId", hits.title, hits.slug, hits.date, (SELECT count(*) FROM matches) AS total,
             ts_headline('dutch', hits.body, query.tsquery, ${HEADLINE_OPTIONS}) AS headline
        FROM hits, query
       ORDER BY hits.rank DESC, hits.date DESC NULLS LAST, hits.title`,
  ]);
  const results = rows.map((row): SearchResult => ({
    kind: row.kind,
    id: row.refId,
    title: row.title,
    href: hrefOf(row),
    date: row.date,
    snippet: snippetParts(row.headline),
  }));
  const total = Number(rows[0]?.total ?? (offset > 0 ? await countMatches(db, query, withDocuments) : 0));
  return { ...paged(results, Math.min(total, RANKED_AT_MOST), page, SEARCH_PAGE_SIZE), total, withDocuments };
}

/** The count alone, for a page past the last one (an old link, a typed address). */
async function countMatches(db: Database, query: string, withDocuments: boolean): Promise<bigint> {
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "SearchEntry"
     WHERE vector @@ websearch_to_tsquery('dutch', ${query}) AND (${withDocuments} OR NOT "membersOnly")`;
  return total;
}

function hrefOf({ kind, refId, slug }: Pick<Row, "kind" | "refId" | "slug">): string {
  switch (kind) {
    case "meeting":
      return `/agenda/${slug}`;
    case "article":
      return `/nieuws/${slug}`;
    case "theme":
      return `/themas/${slug}`;
    case "page":
      return slug === "home" ? "/" : `/${slug}`;
    case "document":
      return `/agenda/${slug}/documenten/${refId}`;
  }
}

/** "a \u0002b\u0003 c" → [a ], [b, match], [ c]; Markdown's marks and link targets are left out of the words shown. */
export function snippetParts(headline: string): SnippetPart[] {
  const words = headline.replace(/\]\([^)]*\)/g, "").replace(/[#*_>`[\]]+/g, "");
  const parts: SnippetPart[] = [];
  for (const [index, piece] of words.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}
