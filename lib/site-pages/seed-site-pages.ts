import "server-only";
import type { Database } from "../db/client";
import { SEED_AUTHOR_LABEL, type SeedSitePage } from "../seed/site-pages";

type Text = { title: string; intro: string; body: string };

const sameText = (a: Text, b: Text) => a.title === b.title && a.intro === b.intro && a.body === b.body;

/**
 * Creates each page that is missing, with its text as version 1. A page nobody changed since the seed wrote it (its
 * text is its latest version, and the seed wrote that version) gets the seed's newer wording as a new version, so a
 * new purpose in the privacy statement reaches an existing site; a page the secretary saved or restored is never
 * touched, so her edits survive every start. One query when all pages are there and current.
 */
export async function seedSitePages(db: Database, pages: SeedSitePage[]) {
  const existing = new Map(
    (
      await db.sitePage.findMany({
        where: { key: { in: pages.map((page) => page.key) } },
        select: {
          key: true,
          title: true,
          intro: true,
          body: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, title: true, intro: true, body: true, authorId: true, authorLabel: true } },
        },
      })
    ).map((row) => [row.key, row]),
  );
  for (const page of pages) {
    const current = existing.get(page.key);
    if (!current) {
      await createPage(db, page);
      continue;
    }
    const [latest] = current.versions;
    const asSeeded = latest && latest.authorId === null && latest.authorLabel === SEED_AUTHOR_LABEL && sameText(latest, current);
    if (asSeeded && !sameText(current, page)) await renewSeededPage(db, page, current, latest.number);
  }
}

async function createPage(db: Database, page: SeedSitePage) {
  await db.$transaction(async (tx) => {
    const created = await tx.sitePage.createMany({ data: [page], skipDuplicates: true });
    if (created.count === 0) return; // another process seeded it meanwhile
    await tx.sitePageVersion.create({
      data: { pageKey: page.key, number: 1, title: page.title, intro: page.intro, body: page.body, authorLabel: SEED_AUTHOR_LABEL },
    });
  });
}

async function renewSeededPage(db: Database, page: SeedSitePage, current: Text, latestNumber: number) {
  await db.$transaction(async (tx) => {
    const { title, intro, body } = page;
    // Only while the text is still the one read: another process, or the secretary, may have changed it meanwhile.
    const renewed = await tx.sitePage.updateMany({
      where: { key: page.key, title: current.title, intro: current.intro, body: current.body },
      data: { title, intro, body },
    });
    if (renewed.count === 0) return;
    await tx.sitePageVersion.create({ data: { pageKey: page.key, number: latestNumber + 1, title, intro, body, authorLabel: SEED_AUTHOR_LABEL } });
  });
}
