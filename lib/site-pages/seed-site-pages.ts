import "server-only";
import type { Database } from "../db/client";
import { SEED_AUTHOR_LABEL, type SeedSitePage } from "../seed/site-pages";

/**
 * Creates each page that is missing, with its text as version 1. A page that exists is never touched, so the
 * secretary's edits survive every start; one query when all are there.
 */
export async function seedSitePages(db: Database, pages: SeedSitePage[]) {
  const existing = new Set(
    (await db.sitePage.findMany({ where: { key: { in: pages.map((page) => page.key) } }, select: { key: true } })).map((row) => row.key),
  );
  for (const page of pages) {
    if (existing.has(page.key)) continue;
    await db.$transaction(async (tx) => {
      const created = await tx.sitePage.createMany({ data: [page], skipDuplicates: true });
      if (created.count === 0) return; // another process seeded it meanwhile
      await tx.sitePageVersion.create({
        data: { pageKey: page.key, number: 1, title: page.title, intro: page.intro, body: page.body, authorLabel: SEED_AUTHOR_LABEL },
      });
    });
  }
}
