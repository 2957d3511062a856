import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { slugify } from "../format/slug";
import type { ThemeInput } from "./theme-schema";

export type SaveThemeResult =
  { outcome: "saved"; id: string; slug: string; created: boolean } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;

const auditedSelect = { id: true, slug: true, name: true, description: true } as const;

/** Name and address are unique: a clash is a message at the field, never a database error. */
async function clashes(tx: Tx, name: string, slug: string, exceptId: string | null) {
  const others = await tx.theme.findMany({
    where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true, slug: true },
  });
  const fieldErrors: Record<string, string> = {};
  if (others.some((other) => other.name.toLowerCase() === name.toLowerCase())) fieldErrors.name = "Er is al een thema met deze naam.";
  if (others.some((other) => other.slug === slug)) fieldErrors.slug = `Het adres /themas/${slug} is al in gebruik. Kies een ander adres.`;
  return Object.keys(fieldErrors).length ? fieldErrors : null;
}

/** Creates or updates a theme with its audit entry. Without an address of its own, the address is made from the name. */
export async function saveTheme(db: Database, actor: Actor, input: ThemeInput): Promise<SaveThemeResult> {
  return db.$transaction(async (tx): Promise<SaveThemeResult> => {
    const before = input.themeId ? await tx.theme.findUnique({ where: { id: input.themeId }, select: auditedSelect }) : null;
    if (input.themeId && !before) return { outcome: "not-found" };
    const slug = input.slug ?? before?.slug ?? slugify(input.name).slice(0, 80).replace(/-+$/, "");
    if (!slug) return { outcome: "invalid", fieldErrors: { slug: "Vul een adres in met minstens één letter of cijfer." } };
    const fieldErrors = await clashes(tx, input.name, slug, before?.id ?? null);
    if (fieldErrors) return { outcome: "invalid", fieldErrors };
    const data = { name: input.name, slug, description: input.description };

    if (!before) {
      const created = await tx.theme.create({ data, select: auditedSelect });
      const { id, ...after } = created;
      await recordChange(tx, actor, { action: "theme.create", entityType: "Theme", entityId: id, entityLabel: created.name, after });
      return { outcome: "saved", id, slug, created: true };
    }
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => before[key] !== data[key]);
    if (changed.length) {
      await tx.theme.update({ where: { id: before.id }, data, select: { id: true } });
      await recordChange(tx, actor, {
        action: "theme.update",
        entityType: "Theme",
        entityId: before.id,
        entityLabel: data.name,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, data[key]])),
      });
    }
    return { outcome: "saved", id: before.id, slug, created: false };
  });
}

/** Deletes a theme: meetings and articles lose it, nothing else goes. The audit entry keeps what it was. */
export async function deleteTheme(db: Database, actor: Actor, id: string): Promise<{ outcome: "deleted"; name: string } | { outcome: "not-found" }> {
  return db.$transaction(async (tx) => {
    const before = await tx.theme.findUnique({
      where: { id },
      select: { ...auditedSelect, _count: { select: { meetings: true, articles: true } } },
    });
    if (!before) return { outcome: "not-found" as const };
    await tx.theme.delete({ where: { id }, select: { id: true } });
    const { _count, id: _id, ...rest } = before;
    await recordChange(tx, actor, {
      action: "theme.delete",
      entityType: "Theme",
      entityId: id,
      entityLabel: before.name,
      before: { ...rest, meetings: _count.meetings, articles: _count.articles },
    });
    return { outcome: "deleted" as const, name: before.name };
  });
}

/** True when one of the chosen themes does not exist (any more): one query. */
export async function unknownThemes(tx: Tx, ids: string[]): Promise<boolean> {
  if (!ids.length) return false;
  return (await tx.theme.count({ where: { id: { in: ids } } })) !== ids.length;
}

export const THEME_CHOICE_ERROR = "Kies thema's uit de lijst.";

/** The names of these themes, by name: what an audit entry records of a meeting's or article's themes. */
export async function themeNames(tx: Tx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (await tx.theme.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { name: true } })).map((theme) => theme.name);
}

/** Gives a meeting or an article exactly these themes; the names before and after when that changed anything, else null. */
export async function replaceThemes(tx: Tx, owner: { meetingId: string } | { articleId: string }, themeIds: string[]) {
  const current =
    "meetingId" in owner
      ? await tx.meetingTheme.findMany({ where: owner, select: { themeId: true, theme: { select: { name: true } } } })
      : await tx.articleTheme.findMany({ where: owner, select: { themeId: true, theme: { select: { name: true } } } });
  const currentIds = new Set(current.map((row) => row.themeId));
  const wanted = new Set(themeIds);
  const removed = [...currentIds].filter((id) => !wanted.has(id));
  const added = themeIds.filter((id) => !currentIds.has(id));
  if (!removed.length && !added.length) return null;
  if ("meetingId" in owner) {
    if (removed.length) await tx.meetingTheme.deleteMany({ where: { ...owner, themeId: { in: removed } } });
    if (added.length) await tx.meetingTheme.createMany({ data: added.map((themeId) => ({ ...owner, themeId })) });
  } else {
    if (removed.length) await tx.articleTheme.deleteMany({ where: { ...owner, themeId: { in: removed } } });
    if (added.length) await tx.articleTheme.createMany({ data: added.map((themeId) => ({ ...owner, themeId })) });
  }
  return { before: current.map((row) => row.theme.name).sort((a, b) => a.localeCompare(b, "nl")), after: await themeNames(tx, themeIds) };
}
