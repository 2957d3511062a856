import "server-only";
import type { Database } from "../db/client";

/** A page's text as the public page shows it (placeholders still in it), or null when it was never seeded. */
export function loadSitePage(db: Database, key: string) {
  return db.sitePage.findUnique({ where: { key }, select: { key: true, title: true, intro: true, body: true } });
}

/** Every page with its latest version's author and time, for the admin list (two queries). */
export async function listSitePages(db: Database) {
  const pages = await db.sitePage.findMany({
    orderBy: { key: "asc" },
    select: {
      key: true,
      title: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, authorLabel: true, createdAt: true } },
    },
  });
  return pages.map(({ versions, ...page }) => ({ ...page, latest: versions[0] ?? null }));
}

export type SitePageRow = Awaited<ReturnType<typeof listSitePages>>[number];

export const VERSIONS_SHOWN = 100;

/** The page with its form values and its versions, newest first; null when there is no such page. */
export async function loadSitePageEditor(db: Database, key: string) {
  const page = await db.sitePage.findUnique({
    where: { key },
    select: {
      key: true,
      title: true,
      intro: true,
      body: true,
      versions: {
        orderBy: { number: "desc" },
        take: VERSIONS_SHOWN,
        select: { id: true, number: true, title: true, authorLabel: true, createdAt: true },
      },
    },
  });
  if (!page) return null;
  const { versions, ...text } = page;
  return { ...text, versions, latestVersionId: versions[0]?.id ?? "" };
}

export type SitePageVersionRow = NonNullable<Awaited<ReturnType<typeof loadSitePageEditor>>>["versions"][number];
