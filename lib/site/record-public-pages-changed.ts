import type { Database } from "../db/client";

/**
 * Writes one change of the public pages' data where every server process reads it (lib/site/serving/
 * public-pages-changed.ts): their kept pages are renewed within a second. For a command that changes data beside
 * a running site (`npm run members:approve`); inside the site, invalidatePublicPages() does this and more.
 */
export async function recordPublicPagesChanged(db: Database, origin: string) {
  await db.$executeRaw`INSERT INTO "PageCacheInvalidation" (tag, origin) VALUES ('pages', ${origin})`;
}
