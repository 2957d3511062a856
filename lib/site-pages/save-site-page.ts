import "server-only";
import type { Actor } from "../audit/record-change";
import { recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { RestoreVersionInput, SitePageInput } from "./page-schema";

type Tx = Prisma.TransactionClient;
type Text = { title: string; intro: string; body: string };

export type SavePageResult =
  | { outcome: "saved"; versionId: string; number: number }
  | { outcome: "unchanged"; versionId: string; number: number }
  | { outcome: "not-found" }
  | { outcome: "conflict"; latest: { number: number; authorLabel: string; createdAt: Date } };

const textKeys = ["title", "intro", "body"] as const;
const sameText = (a: Text, b: Text) => textKeys.every((key) => a[key] === b[key]);
const textOf = (row: Text): Text => ({ title: row.title, intro: row.intro, body: row.body });

/** The page's row, locked until the transaction ends: saves and restores of one page happen one after the other. */
async function lockedPage(tx: Tx, key: string) {
  const rows = await tx.$queryRaw<{ key: string }[]>`SELECT "key" FROM "SitePage" WHERE "key" = ${key} FOR UPDATE`;
  if (!rows.length) return null;
  return tx.sitePage.findUniqueOrThrow({ where: { key }, select: { key: true, title: true, intro: true, body: true } });
}

function latestVersion(tx: Tx, key: string) {
  return tx.sitePageVersion.findFirst({
    where: { pageKey: key },
    orderBy: { number: "desc" },
    select: { id: true, number: true, authorLabel: true, createdAt: true },
  });
}

/** The new text becomes the page's and a new version, with its audit entry. */
async function writeVersion(
  tx: Tx,
  actor: Actor,
  action: "site-page.update" | "site-page.restore",
  before: Text & { key: string },
  text: Text,
  number: number,
) {
  await tx.sitePage.update({ where: { key: before.key }, data: text, select: { key: true } });
  const version = await tx.sitePageVersion.create({
    data: { pageKey: before.key, number, ...text, authorId: actor.id, authorLabel: actor.label },
    select: { id: true, number: true },
  });
  const changed = textKeys.filter((key) => before[key] !== text[key]);
  await recordChange(tx, actor, {
    action,
    entityType: "SitePage",
    entityId: before.key,
    entityLabel: text.title,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: { ...Object.fromEntries(changed.map((key) => [key, text[key]])), version: number },
  });
  return version;
}

/**
 * Saves a page's text as a new version. Sending the same text again (a double click, a reload) writes nothing; a
 * text written on an older version than the page's latest is refused, so nobody's save is silently overwritten.
 */
export async function saveSitePage(db: Database, actor: Actor, input: SitePageInput): Promise<SavePageResult> {
  return db.$transaction(async (tx): Promise<SavePageResult> => {
    const page = await lockedPage(tx, input.pageKey);
    if (!page) return { outcome: "not-found" };
    const latest = await latestVersion(tx, page.key);
    const text = textOf(input);
    if (latest && sameText(page, text)) return { outcome: "unchanged", versionId: latest.id, number: latest.number };
    if (latest && input.baseVersionId && input.baseVersionId !== latest.id) return { outcome: "conflict", latest };
    const version = await writeVersion(tx, actor, "site-page.update", page, text, (latest?.number ?? 0) + 1);
    return { outcome: "saved", versionId: version.id, number: version.number };
  });
}

/** Makes an earlier version the page's text again, as a new version equal to it; the versions in between stay. */
export async function restoreSitePageVersion(db: Database, actor: Actor, input: RestoreVersionInput): Promise<SavePageResult> {
  return db.$transaction(async (tx): Promise<SavePageResult> => {
    const page = await lockedPage(tx, input.pageKey);
    if (!page) return { outcome: "not-found" };
    const old = await tx.sitePageVersion.findFirst({ where: { id: input.versionId, pageKey: page.key }, select: { title: true, intro: true, body: true } });
    if (!old) return { outcome: "not-found" };
    const latest = await latestVersion(tx, page.key);
    if (latest && sameText(page, old)) return { outcome: "unchanged", versionId: latest.id, number: latest.number };
    const version = await writeVersion(tx, actor, "site-page.restore", page, textOf(old), (latest?.number ?? 0) + 1);
    return { outcome: "saved", versionId: version.id, number: version.number };
  });
}
