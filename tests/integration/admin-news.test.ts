import { beforeAll, describe, expect, it } from "vitest";
import { articleSchema } from "@/lib/articles/article-schema";
import { listAdminArticles } from "@/lib/articles/list-admin-articles";
import { loadEditArticleForm, loadNewArticleForm } from "@/lib/articles/load-article-form";
import { MEETING_OPTIONS } from "@/lib/meetings/meeting-options";
import { saveArticle } from "@/lib/articles/save-article";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { growBulkMeetings } from "@/lib/seed/bulk-meetings";
import { seedDatabase } from "@/lib/seed/seed-database";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

const actor: Actor = { id: null, label: "test-secretaris" };

const form = (overrides: Record<string, string> = {}) =>
  articleSchema.parse({
    title: "Nieuw uit het netwerk",
    kind: "NEWS",
    summary: "Kort.",
    body: "## Kop\n\nTekst.",
    publishedOn: "2026-11-20",
    meetingId: "",
    sourceNote: "",
    status: "DRAFT",
    ...overrides,
  });

describe("articles in the admin area", () => {
  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db);
  });

  it("refuses bad input with Dutch messages per field", () => {
    const result = articleSchema.safeParse({ title: "", kind: "X", summary: "", body: "a\u0000b", publishedOn: "2026-02-30", status: "" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["title", "kind", "summary", "body", "publishedOn", "status"]));
  });

  it("stores the line ends of a posted textarea (CRLF) as LF", () => {
    expect(form({ body: "Een\r\n\r\nTwee", summary: "A\r\nB" })).toMatchObject({ body: "Een\n\nTwee", summary: "A\nB" });
  });

  it("creates with a unique slug from the title and an audit entry in the same transaction", async () => {
    const first = await saveArticle(db, actor, form());
    const second = await saveArticle(db, actor, form());
    const third = await saveArticle(db, actor, form());
    expect(first).toMatchObject({ outcome: "saved", slug: "nieuw-uit-het-netwerk", created: true });
    expect(second).toMatchObject({ slug: "nieuw-uit-het-netwerk-2" });
    expect(third).toMatchObject({ slug: "nieuw-uit-het-netwerk-3" });
    if (first.outcome !== "saved") throw new Error("not saved");
    const audit = await db.auditEntry.findMany({
      where: { entityId: first.id },
      select: { action: true, entityType: true, entityLabel: true, actorLabel: true },
    });
    expect(audit).toEqual([{ action: "article.create", entityType: "Article", entityLabel: "Nieuw uit het netwerk", actorLabel: "test-secretaris" }]);
  });

  it("updates without changing the slug, and audits only the fields that changed", async () => {
    const created = await saveArticle(db, actor, form({ title: "Eerste versie" }));
    if (created.outcome !== "saved") throw new Error("not saved");
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, slug: true } });
    const updated = await saveArticle(db, actor, form({ articleId: created.id, title: "Tweede versie", status: "PUBLISHED", meetingId: meeting.id }));
    expect(updated).toMatchObject({ outcome: "saved", slug: "eerste-versie", created: false });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: created.id, action: "article.update" },
      select: { before: true, after: true, entityLabel: true },
    });
    expect(entry.entityLabel).toBe("Tweede versie");
    expect(entry.before).toEqual({ title: "Eerste versie", published: false, meetingId: null });
    expect(entry.after).toEqual({ title: "Tweede versie", published: true, meetingId: meeting.id });
    expect(await db.article.findUniqueOrThrow({ where: { id: created.id }, select: { slug: true, published: true } })).toEqual({
      slug: "eerste-versie",
      published: true,
    });
  });

  it("writes nothing for an unknown meeting or article", async () => {
    const [articles, entries] = [await db.article.count(), await db.auditEntry.count()];
    expect(await saveArticle(db, actor, form({ meetingId: "bestaat-niet" }))).toEqual({
      outcome: "invalid",
      fieldErrors: { meetingId: "Kies een bijeenkomst uit de lijst." },
    });
    expect(await saveArticle(db, actor, form({ articleId: "bestaat-niet" }))).toEqual({ outcome: "not-found" });
    expect([await db.article.count(), await db.auditEntry.count()]).toEqual([articles, entries]);
  });

  it("lists drafts too, searched by title and filtered by status in the database", async () => {
    const all = await listAdminArticles(db, { query: "versie", status: "", page: 1 });
    expect(all.items.map((article) => article.title)).toEqual(["Tweede versie"]);
    const drafts = await listAdminArticles(db, { query: "NIEUW UIT", status: "concept", page: 1 });
    expect(drafts.total).toBe(3);
    expect((await listAdminArticles(db, { query: "nieuw uit", status: "gepubliceerd", page: 1 })).total).toBe(0);
  });

  it("loads the list and the forms with the same number of queries however many meetings there are", async () => {
    const article = await db.article.findFirstOrThrow({ select: { id: true } });
    const count = async () => {
      const counts: number[] = [];
      for (const load of [
        () => listAdminArticles(db, { query: "", status: "", page: 1 }),
        () => loadNewArticleForm(db),
        () => loadEditArticleForm(db, article.id),
      ]) {
        counts.push(await countQueries(load));
      }
      return counts;
    };
    await growBulkMeetings(db, 10);
    const small = await count();
    await growBulkMeetings(db, 250);
    expect(await count()).toEqual(small);
    expect((await loadNewArticleForm(db)).meetings.length).toBe(MEETING_OPTIONS);
  });
});
