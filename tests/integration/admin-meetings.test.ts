import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMeetingsForAdmin } from "@/lib/meetings/admin-queries";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from "@/lib/meetings/manage-agenda";
import { meetingSchema } from "@/lib/meetings/meeting-schema";
import { recordAnswer } from "@/lib/meetings/rsvp";
import { createMeeting, updateMeeting } from "@/lib/meetings/save-meeting";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

const actor = { id: null, label: "secretaris@wmo.test" };
const input = (overrides: Record<string, string> = {}) =>
  meetingSchema.parse({
    title: "Voorjaarsbijeenkomst",
    kind: "MEETING",
    startDate: "2026-04-09",
    timesKnown: "ja",
    startTime: "13:00",
    endTime: "17:00",
    status: "concept",
    ...overrides,
  });

const auditActions = async (entityId: string) =>
  (await db.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((entry) => entry.action);

const titles = async (meetingId: string) =>
  (await db.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { title: true, position: true } })).map(
    (item) => `${item.position}:${item.title}`,
  );

describe("managing meetings", () => {
  withFreshDatabase();

  it("creates a meeting with a date slug, suffixed when taken, audited", async () => {
    const first = await createMeeting(db, actor, input());
    const second = await createMeeting(db, actor, input());
    const third = await createMeeting(db, actor, input());
    expect([first, second, third].map((result) => result.outcome === "saved" && result.slug)).toEqual([
      "2026-04-09-voorjaarsbijeenkomst",
      "2026-04-09-voorjaarsbijeenkomst-2",
      "2026-04-09-voorjaarsbijeenkomst-3",
    ]);
    if (first.outcome !== "saved") return;
    expect(await auditActions(first.id)).toEqual(["meeting.create"]);
  });

  it("keeps the slug on edit and audits only the changed fields", async () => {
    const created = await createMeeting(db, actor, input({ title: "Najaar" }));
    if (created.outcome !== "saved") throw new Error("not saved");
    const updated = await updateMeeting(db, actor, created.id, input({ title: "Najaarsbijeenkomst", status: "gepubliceerd" }));
    expect(updated).toEqual({ outcome: "saved", id: created.id, slug: created.slug });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: created.id, action: "meeting.update" },
      select: { before: true, after: true, entityLabel: true },
    });
    expect(entry).toEqual({
      before: { title: "Najaar", published: false },
      after: { title: "Najaarsbijeenkomst", published: true },
      entityLabel: "Najaarsbijeenkomst",
    });
  });

  it("refuses an unknown host municipality without saving", async () => {
    const before = await db.meeting.count();
    const result = await createMeeting(db, actor, input({ hostMunicipalityId: "bestaat-niet" }));
    expect(result).toEqual({ outcome: "invalid", fieldErrors: { hostMunicipalityId: "Kies een gemeente uit de lijst." } });
    expect(await db.meeting.count()).toBe(before);
  });

  it("adds, moves and removes agenda topics with unique positions and audit entries", async () => {
    const created = await createMeeting(db, actor, input({ title: "Met programma" }));
    if (created.outcome !== "saved") throw new Error("not saved");
    for (const title of ["Opening", "Pauze", "Afsluiting"]) await addAgendaItem(db, actor, { meetingId: created.id, itemTitle: title, itemSpeaker: null });
    expect(await titles(created.id)).toEqual(["1:Opening", "2:Pauze", "3:Afsluiting"]);
    const items = await db.agendaItem.findMany({ where: { meetingId: created.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect((await moveAgendaItem(db, actor, { itemId: items[2].id, direction: "up" })).outcome).toBe("saved");
    expect(await titles(created.id)).toEqual(["1:Opening", "2:Afsluiting", "3:Pauze"]);
    expect((await moveAgendaItem(db, actor, { itemId: items[0].id, direction: "up" })).outcome).toBe("at-edge");
    await removeAgendaItem(db, actor, { itemId: items[0].id });
    expect(await titles(created.id)).toEqual(["1:Afsluiting", "2:Pauze"]);
    expect(await auditActions(created.id)).toEqual([
      "meeting.create",
      "meeting.agenda-item.add",
      "meeting.agenda-item.add",
      "meeting.agenda-item.add",
      "meeting.agenda-item.move",
      "meeting.agenda-item.remove",
    ]);
  });

  it("cancels once, audited", async () => {
    const created = await createMeeting(db, actor, input({ title: "Gaat niet door" }));
    if (created.outcome !== "saved") throw new Error("not saved");
    expect((await cancelMeeting(db, actor, created.id)).outcome).toBe("cancelled");
    expect((await cancelMeeting(db, actor, created.id)).outcome).toBe("already-cancelled");
    expect(await auditActions(created.id)).toEqual(["meeting.create", "meeting.cancel"]);
  });

  it("lists, searches and filters in the database with a fixed number of queries", async () => {
    const all = await listMeetingsForAdmin(db, { query: "", filter: "", page: 1 });
    expect(all.total).toBe(await db.meeting.count());
    const search = await listMeetingsForAdmin(db, { query: "PROGRAMMA", filter: "", page: 1 });
    expect(search.items.map((row) => row.title)).toEqual(["Met programma"]);
    const cancelled = await listMeetingsForAdmin(db, { query: "", filter: "afgelast", page: 1 });
    expect(cancelled.items.map((row) => row.title)).toEqual(["Gaat niet door"]);
    const drafts = await listMeetingsForAdmin(db, { query: "", filter: "concept", page: 1 });
    expect(drafts.items.every((row) => !row.published)).toBe(true);

    expect(await countQueries(() => listMeetingsForAdmin(db, { query: "", filter: "", page: 1 }))).toBe(3);
  });

  it("moves the first waiting people up, in order and with a mail, when the secretary adds places", async () => {
    const year = String(new Date().getFullYear() + 1);
    const created = await createMeeting(db, actor, input({ title: "Volle zaal", startDate: `${year}-03-12`, status: "gepubliceerd", capacity: "1" }));
    if (created.outcome !== "saved") throw new Error(JSON.stringify(created));
    const people = await Promise.all(["eerste", "tweede", "derde"].map((name) => buildPerson(db, { name, email: `${name}@vol.test` })));
    for (const person of people) await recordAnswer(db, { userId: person.id, meetingId: created.id, status: "ATTENDING" });
    const statuses = async () =>
      (
        await Promise.all(
          people.map((person) =>
            db.rsvp.findUniqueOrThrow({ where: { userId_meetingId: { userId: person.id, meetingId: created.id } }, select: { status: true } }),
          ),
        )
      ).map((rsvp) => rsvp.status);
    expect(await statuses()).toEqual(["ATTENDING", "WAITLISTED", "WAITLISTED"]);

    expect(
      (await updateMeeting(db, actor, created.id, input({ title: "Volle zaal", startDate: `${year}-03-12`, status: "gepubliceerd", capacity: "2" }))).outcome,
    ).toBe("saved");
    expect(await statuses()).toEqual(["ATTENDING", "ATTENDING", "WAITLISTED"]);
    expect(await db.outboxMail.count({ where: { to: "tweede@vol.test", subject: { startsWith: "Er is een plaats vrij:" } } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: "derde@vol.test", subject: { startsWith: "Er is een plaats vrij:" } } })).toBe(0);

    // No limit any more: everyone waiting comes.
    await updateMeeting(db, actor, created.id, input({ title: "Volle zaal", startDate: `${year}-03-12`, status: "gepubliceerd", capacity: "" }));
    expect(await statuses()).toEqual(["ATTENDING", "ATTENDING", "ATTENDING"]);
  });
});
