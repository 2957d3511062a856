import "server-only";
import { cache } from "react";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { meetingSummarySelect } from "../meetings/queries";
import { isCovered } from "../members/coverage";
import { currentYear } from "../members/current-year";
import { paged, pageWindow } from "../pagination/page-params";

export type ThemeOption = { value: string; label: string };

/** Every theme as a checkbox of the meeting and article forms, by name. */
export async function listThemeOptions(db: Database): Promise<ThemeOption[]> {
  const themes = await db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return themes.map((theme) => ({ value: theme.id, label: theme.name }));
}

/** The secretary's list, searched and paged in the database, with the number of meetings and articles (two queries). */
export async function listAdminThemes(db: Database, { query, page }: { query: string; page: number }) {
  const where: Prisma.ThemeWhereInput = query ? { name: { contains: query, mode: "insensitive" } } : {};
  const [items, total] = await Promise.all([
    db.theme.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(page),
      select: { id: true, name: true, slug: true, _count: { select: { meetings: true, articles: true } } },
    }),
    db.theme.count({ where }),
  ]);
  return paged(items, total, page);
}

/** One theme for its admin page, with how many meetings and articles carry it (one query). */
export function getThemeForAdmin(db: Database, id: string) {
  return db.theme.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { meetings: true, articles: true } } },
  });
}

export type AdminThemeRow = Awaited<ReturnType<typeof listAdminThemes>>["items"][number];

export type ThemeCounts = { meetings: number; articles: number; documents: number };

/**
 * Every theme with what the public can find on it: published meetings, published articles and the documents of
 * published meetings on the theme, by their meeting's themes or their own. Two queries whatever the number of themes: the themes, and all counts in one grouped query.
 */
export async function listThemesWithCounts(db: Database) {
  const [themes, counts] = await Promise.all([
    db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
    db.$queryRaw<{ themeId: string; meetings: number; articles: number; documents: number }[]>`
      SELECT "themeId",
             count(*) FILTER (WHERE kind = 'meeting')::int  AS meetings,
             count(*) FILTER (WHERE kind = 'article')::int  AS articles,
             count(*) FILTER (WHERE kind = 'document')::int AS documents
      FROM (
        SELECT mt."themeId", 'meeting' AS kind
          FROM "MeetingTheme" mt JOIN "Meeting" m ON m.id = mt."meetingId" WHERE m.published
        UNION ALL
        SELECT at."themeId", 'article' AS kind
          FROM "ArticleTheme" at JOIN "Article" a ON a.id = at."articleId" WHERE a.published
        UNION ALL
        -- A document counts once per theme, whether the theme is its meeting's, its own, or both.
        SELECT "themeId", 'document' AS kind FROM (
          SELECT mt."themeId", d.id
            FROM "MeetingTheme" mt JOIN "Meeting" m ON m.id = mt."meetingId" JOIN "MeetingDocument" d ON d."meetingId" = m.id
           WHERE m.published
          UNION
          SELECT dt."themeId", d.id
            FROM "DocumentTheme" dt JOIN "MeetingDocument" d ON d.id = dt."documentId" JOIN "Meeting" m ON m.id = d."meetingId"
           WHERE m.published
        ) AS documents
      ) AS tagged
      GROUP BY "themeId"`,
  ]);
  const byTheme = new Map(counts.map((row) => [row.themeId, row]));
  return themes.map((theme) => {
    const row = byTheme.get(theme.id);
    const themeCounts: ThemeCounts = { meetings: row?.meetings ?? 0, articles: row?.articles ?? 0, documents: row?.documents ?? 0 };
    return { ...theme, counts: themeCounts };
  });
}

export type ThemeWithCounts = Awaited<ReturnType<typeof listThemesWithCounts>>[number];

export const getTheme = cache((db: Database, slug: string) =>
  db.theme.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } }),
);

/**
 * A theme's page: its published meetings and articles, newest first, and the documents on the theme (by their meeting or their own), newest
 * first, only for a reader covered this year (lib/members/coverage.ts; the secretary always is). `null`: no such theme.
 */
export async function loadThemePage(db: Database, slug: string, readerId: string | null, now = new Date()) {
  const theme = await getTheme(db, slug);
  if (!theme) return null;
  const covered = readerId ? await isCovered(db, readerId, currentYear(now)) : false;
  const onTheme = { some: { themeId: theme.id } };
  const [meetings, articles, documents] = await Promise.all([
    db.meeting.findMany({
      where: { published: true, themes: onTheme },
      orderBy: { startsAt: "desc" },
      select: meetingSummarySelect,
    }),
    db.article.findMany({
      where: { published: true, themes: onTheme },
      orderBy: [{ publishedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, slug: true, title: true, kind: true, summary: true, publishedOn: true },
    }),
    covered
      ? db.meetingDocument.findMany({
          where: { meeting: { published: true }, OR: [{ meeting: { themes: onTheme } }, { themes: onTheme }] },
          orderBy: [{ meeting: { startsAt: "desc" } }, { createdAt: "desc" }],
          select: { id: true, title: true, extension: true, sizeBytes: true, meeting: { select: { slug: true, title: true, startsAt: true } } },
        })
      : Promise.resolve(null),
  ]);
  return { theme, meetings, articles, documents, covered };
}

export type ThemePage = NonNullable<Awaited<ReturnType<typeof loadThemePage>>>;

export function listThemeSlugs(db: Database) {
  return db.theme.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } });
}
