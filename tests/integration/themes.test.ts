import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { saveArticleAction } from "@/lib/articles/admin-actions";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/admin-actions";
import { deleteThemeAction, saveThemeAction } from "@/lib/themes/admin-actions";
import { listThemesWithCounts, loadThemePage } from "@/lib/themes/queries";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildTheme } from "../support/builders/theme";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";
import { post } from "./support/post-form";

// The session is what the test says it is; everything else (schemas, domain code, database) is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const DAY_MS = 24 * 3600 * 1000;

describe("themes in the admin area", () => {
  withFreshDatabase();
  beforeAll(async () => {
    const secretary = await buildPerson(db, { role: "SECRETARY" });
    session.user = { id: secretary.id, role: "SECRETARY", email: secretary.email, name: secretary.name };
  });

  it("refuses bad input with a Dutch message at each field and writes nothing", async () => {
    const before = { themes: await db.theme.count(), audit: await db.auditEntry.count() };
    const result = await post(saveThemeAction, { name: "x", slug: "Niet Goed!", description: "" });
    expect(result).toMatchObject({
      status: "error",
      message: "Controleer de gemarkeerde velden.",
      fieldErrors: {
        name: "Vul een naam in van minstens 2 tekens.",
        slug: "Gebruik in het adres alleen kleine letters, cijfers en streepjes, bijvoorbeeld wijkgerichte-ggz.",
        description: "Vul een korte beschrijving in.",
      },
      values: { name: "x", slug: "Niet Goed!", description: "" },
    });
    expect({ themes: await db.theme.count(), audit: await db.auditEntry.count() }).toEqual(before);
  });

  it("creates a theme with its address made from the name, audited; a second with that name or address is refused", async () => {
    expect(await post(saveThemeAction, { name: "Wonen en zorg", slug: "", description: "Wonen & zorg." })).toBe("redirected");
    const theme = await db.theme.findUniqueOrThrow({ where: { slug: "wonen-en-zorg" }, select: { id: true, name: true } });
    expect(await db.auditEntry.findMany({ where: { entityId: theme.id }, select: { action: true, entityType: true } })).toEqual([
      { action: "theme.create", entityType: "Theme" },
    ]);

    const audit = await db.auditEntry.count();
    expect(await post(saveThemeAction, { name: "wonen EN zorg", slug: "", description: "Nog eens." })).toMatchObject({
      status: "error",
      fieldErrors: { name: "Er is al een thema met deze naam.", slug: "Het adres /themas/wonen-en-zorg is al in gebruik. Kies een ander adres." },
    });
    expect(await post(saveThemeAction, { name: "Iets anders", slug: "wonen-en-zorg", description: "Ander." })).toMatchObject({
      status: "error",
      fieldErrors: { slug: "Het adres /themas/wonen-en-zorg is al in gebruik. Kies een ander adres." },
    });
    expect(await db.theme.count({ where: { OR: [{ name: "Iets anders" }, { name: "wonen EN zorg" }] } })).toBe(0);
    expect(await db.auditEntry.count()).toBe(audit);
  });

  it("edits a theme, auditing what changed, and deletes it without touching its meetings", async () => {
    const meeting = await buildMeeting(db);
    const theme = await buildTheme(db, { meetingIds: [meeting.id] });
    const saved = await post(saveThemeAction, { themeId: theme.id, name: "Nieuwe naam", slug: "", description: theme.description });
    expect(saved).toMatchObject({ status: "success", message: "Het thema is opgeslagen." });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: theme.id, action: "theme.update" }, select: { before: true, after: true } });
    expect(entry).toEqual({ before: { name: theme.name }, after: { name: "Nieuwe naam" } });

    expect(await post(deleteThemeAction, { themeId: theme.id })).toMatchObject({
      status: "error",
      fieldErrors: { confirmed: "Vink aan dat je dit thema wilt verwijderen." },
    });
    expect(await db.theme.count({ where: { id: theme.id } })).toBe(1);
    expect(await post(deleteThemeAction, { themeId: theme.id, confirmed: "ja" })).toBe("redirected");
    expect(await db.theme.count({ where: { id: theme.id } })).toBe(0);
    expect(await db.meeting.count({ where: { id: meeting.id } })).toBe(1);
    expect(await post(deleteThemeAction, { themeId: theme.id, confirmed: "ja" })).toMatchObject({ status: "error", message: "Dit thema bestaat niet (meer)." });
  });

  it("ties an article to the ticked themes (a group of checkboxes) and refuses a theme that does not exist", async () => {
    const [first, second] = [await buildTheme(db), await buildTheme(db)];
    const article = {
      title: "Over twee thema's",
      kind: "NEWS",
      summary: "Kort.",
      body: "Tekst.",
      publishedOn: "2026-11-20",
      status: "PUBLISHED",
    };
    expect(await post(saveArticleAction, { ...article, themeIds: [first.id, second.id] })).toBe("redirected");
    const saved = await db.article.findUniqueOrThrow({
      where: { slug: "over-twee-thema-s" },
      select: { themes: { select: { themeId: true } } },
    });
    expect(saved.themes.map((row) => row.themeId).sort()).toEqual([first.id, second.id].sort());

    const count = await db.article.count();
    expect(await post(saveArticleAction, { ...article, title: "Met een onbekend thema", themeIds: [first.id, "bestaat-niet"] })).toMatchObject({
      status: "error",
      fieldErrors: { themeIds: "Kies thema's uit de lijst." },
    });
    expect(await db.article.count()).toBe(count);
  });

  it("gives a meeting the ticked themes, and records a change of themes in the meeting's one audit entry", async () => {
    const [first, second] = [await buildTheme(db, { name: "Eerste testthema" }), await buildTheme(db, { name: "Tweede testthema" })];
    const meeting = {
      title: "Bijeenkomst met thema's",
      kind: "MEETING",
      startDate: "2027-03-04",
      timesKnown: "ja",
      startTime: "13:00",
      endTime: "17:00",
      status: "concept",
    };
    expect(await post(createMeetingAction, { ...meeting, themeIds: [first.id] })).toBe("redirected");
    const created = await db.meeting.findFirstOrThrow({ where: { title: meeting.title }, select: { id: true, themes: { select: { themeId: true } } } });
    expect(created.themes).toEqual([{ themeId: first.id }]);

    const saved = await post(updateMeetingAction, { ...meeting, meetingId: created.id, title: "Andere titel", themeIds: [second.id] });
    expect(saved).toMatchObject({ status: "success" });
    expect(await db.meetingTheme.findMany({ where: { meetingId: created.id }, select: { themeId: true } })).toEqual([{ themeId: second.id }]);
    const updates = await db.auditEntry.findMany({ where: { entityId: created.id, action: "meeting.update" }, select: { before: true, after: true } });
    expect(updates).toEqual([
      { before: { title: meeting.title, themes: ["Eerste testthema"] }, after: { title: "Andere titel", themes: ["Tweede testthema"] } },
    ]);

    // No box ticked: the meeting has no themes any more.
    await post(updateMeetingAction, { ...meeting, meetingId: created.id, title: "Andere titel" });
    expect(await db.meetingTheme.count({ where: { meetingId: created.id } })).toBe(0);
  });
});

describe("the theme pages", () => {
  withFreshDatabase();

  it("counts published meetings, articles and documents per theme in one grouped query", async () => {
    const published = await buildMeeting(db);
    const draft = await buildMeeting(db, { published: false });
    await buildMeetingDocument(db, { meetingId: published.id });
    await buildMeetingDocument(db, { meetingId: published.id, title: "Verslag" });
    await buildMeetingDocument(db, { meetingId: draft.id });
    const article = await db.article.create({
      data: { slug: "telt-mee", kind: "NEWS", title: "Telt mee", summary: "-", body: "-", publishedOn: new Date("2026-01-02") },
      select: { id: true },
    });
    const theme = await buildTheme(db, { meetingIds: [published.id, draft.id], articleIds: [article.id] });
    const empty = await buildTheme(db);
    // On the theme by its own choice as well as its meeting's: counted once. On a draft meeting: not counted.
    const both = await buildMeetingDocument(db, { meetingId: published.id, title: "Ook eigen thema" });
    const ownOnly = await buildMeetingDocument(db, { meetingId: (await buildMeeting(db)).id, title: "Alleen eigen thema" });
    const onDraft = await buildMeetingDocument(db, { meetingId: draft.id, title: "Bij een concept" });
    await db.documentTheme.createMany({ data: [both, ownOnly, onDraft].map((document) => ({ documentId: document.id, themeId: theme.id })) });

    expect(await countQueries(() => listThemesWithCounts(db))).toBe(2);
    const themes = await listThemesWithCounts(db);
    expect(themes.find((row) => row.id === theme.id)?.counts).toEqual({ meetings: 1, articles: 1, documents: 4 });
    expect(themes.find((row) => row.id === empty.id)?.counts).toEqual({ meetings: 0, articles: 0, documents: 0 });
  });

  it("shows a theme's meetings and articles newest first, and its documents only to a reader covered this year", async () => {
    const now = Date.now();
    const older = await buildMeeting(db, { startsAt: new Date(now - 400 * DAY_MS) });
    const newer = await buildMeeting(db, { startsAt: new Date(now - 10 * DAY_MS) });
    const hidden = await buildMeeting(db, { startsAt: new Date(now - 5 * DAY_MS), published: false });
    await buildMeetingDocument(db, { meetingId: older.id, title: "Stukken voor leden" });
    const [oldArticle, newArticle] = await Promise.all(
      ["2025-01-01", "2026-03-01"].map((day) =>
        db.article.create({
          data: { slug: `bericht-${day}`, kind: "NEWS", title: `Bericht ${day}`, summary: "-", body: "-", publishedOn: new Date(day) },
          select: { id: true },
        }),
      ),
    );
    const theme = await buildTheme(db, { meetingIds: [older.id, newer.id, hidden.id], articleIds: [oldArticle.id, newArticle.id] });

    const anonymous = await loadThemePage(db, theme.slug, null);
    expect(anonymous?.meetings.map((meeting) => meeting.id)).toEqual([newer.id, older.id]);
    expect(anonymous?.articles.map((article) => article.id)).toEqual([newArticle.id, oldArticle.id]);
    expect(anonymous?.documents).toBeNull();

    const outsider = await buildPerson(db);
    expect((await loadThemePage(db, theme.slug, outsider.id))?.documents).toBeNull();

    const municipality = await buildMunicipality(db);
    await buildMembership(db, { municipalityId: municipality.id });
    const member = await buildPerson(db, { municipalityId: municipality.id, admittedAt: new Date() });
    const covered = await loadThemePage(db, theme.slug, member.id);
    expect(covered?.documents?.map((document) => document.title)).toEqual(["Stukken voor leden"]);

    // A document on the theme by its own choice, at a meeting that is not.
    const elsewhere = await buildMeeting(db, { startsAt: new Date(now - 20 * DAY_MS) });
    const own = await buildMeetingDocument(db, { meetingId: elsewhere.id, title: "Eigen thema" });
    await db.documentTheme.create({ data: { documentId: own.id, themeId: theme.id } });
    expect((await loadThemePage(db, theme.slug, member.id))?.documents?.map((document) => document.title)).toEqual(["Eigen thema", "Stukken voor leden"]);

    expect(await loadThemePage(db, "bestaat-niet", null)).toBeNull();
  });
});
