import "server-only";
import type { Actor } from "../audit/record-change";
import { recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { slugify } from "../format/slug";
import { replaceThemes, THEME_CHOICE_ERROR, themeNames, unknownThemes } from "../themes/save-theme";
import { articleFieldsSelect } from "./article-fields-select";
import type { ArticleInput } from "./article-schema";

export type SaveArticleResult =
  { outcome: "saved"; id: string; slug: string; created: boolean } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;

const auditedSelect = { ...articleFieldsSelect, meetingId: true } as const;
type Audited = Prisma.ArticleGetPayload<{ select: typeof auditedSelect }>;

const dateOf = (key: string) => new Date(`${key}T00:00:00Z`);

/** Creates or updates an article with its audit entry. The slug is made once, from the title, and never changes. */
export async function saveArticle(db: Database, actor: Actor, input: ArticleInput): Promise<SaveArticleResult> {
  return db.$transaction(async (tx): Promise<SaveArticleResult> => {
    const meeting = input.meetingId ? await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true } }) : null;
    if (input.meetingId && !meeting) return { outcome: "invalid", fieldErrors: { meetingId: "Kies een bijeenkomst uit de lijst." } };
    if (await unknownThemes(tx, input.themeIds)) return { outcome: "invalid", fieldErrors: { themeIds: THEME_CHOICE_ERROR } };
    const data = {
      title: input.title,
      kind: input.kind,
      summary: input.summary,
      body: input.body,
      publishedOn: dateOf(input.publishedOn),
      meetingId: input.meetingId,
      sourceNote: input.sourceNote,
      published: input.status === "PUBLISHED",
    };

    if (!input.articleId) {
      const slug = await freeSlug(tx, input.title);
      const created = await tx.article.create({
        data: { ...data, slug, themes: { create: input.themeIds.map((themeId) => ({ themeId })) } },
        select: auditedSelect,
      });
      const after = { ...created, themes: await themeNames(tx, input.themeIds) };
      await recordChange(tx, actor, { action: "article.create", entityType: "Article", entityId: created.id, entityLabel: created.title, after });
      return { outcome: "saved", id: created.id, slug, created: true };
    }

    const before = await tx.article.findUnique({ where: { id: input.articleId }, select: auditedSelect });
    if (!before) return { outcome: "not-found" };
    const after = await tx.article.update({ where: { id: input.articleId }, data, select: auditedSelect });
    const changed = changedFields(before, after);
    const themes = await replaceThemes(tx, { articleId: after.id }, input.themeIds);
    if (changed.length || themes) {
      await recordChange(tx, actor, {
        action: "article.update",
        entityType: "Article",
        entityId: after.id,
        entityLabel: after.title,
        before: { ...pick(before, changed), ...(themes && { themes: themes.before }) },
        after: { ...pick(after, changed), ...(themes && { themes: themes.after }) },
      });
    }
    return { outcome: "saved", id: after.id, slug: after.slug, created: false };
  });
}

/** "titel", then "titel-2", "titel-3"…: one query for all slugs taken with this stem. */
async function freeSlug(tx: Tx, title: string): Promise<string> {
  const stem = slugify(title).slice(0, 80).replace(/-+$/, "") || "bericht";
  const taken = new Set((await tx.article.findMany({ where: { slug: { startsWith: stem } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

function changedFields(before: Audited, after: Audited): (keyof Audited)[] {
  const keys = Object.keys(auditedSelect) as (keyof Audited)[];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function pick(record: Audited, keys: (keyof Audited)[]) {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
