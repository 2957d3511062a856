import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { invitationCounts, listInvitations } from "@/lib/invitations/invitation-status";
import { inviteSchema } from "@/lib/invitations/invite-schema";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { selectRecipients } from "@/lib/invitations/select-recipients";
import { sendDueReminders } from "@/lib/invitations/send-due-reminders";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";
import { renderQueuedMail } from "@/lib/mail/render-mail";
import { isValidAnswerSignature } from "@/lib/meetings/answer-link";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { meetingSchema } from "@/lib/meetings/meeting-schema";
import { createMeeting, updateMeeting } from "@/lib/meetings/save-meeting";
import { currentYear } from "@/lib/members/current-year";
import { buildMunicipality } from "../support/builders/municipality";
import { buildRsvp } from "../support/builders/rsvp";
import { withFreshDatabase } from "./database";
import { localDateKey, localTimeKey } from "@/lib/format/dates";

const actor = { id: null, label: "secretaris@wmo.test" };
const year = currentYear();
const meetingDate = `${year + 1}-04-09`;
const meetingInput = (overrides: Record<string, string> = {}) =>
  meetingSchema.parse({
    title: "Voorjaarsbijeenkomst",
    kind: "MEETING",
    startDate: meetingDate,
    timesKnown: "ja",
    startTime: "13:00",
    endTime: "17:00",
    status: "gepubliceerd",
    location: "Stadhuis Tilburg",
    ...overrides,
  });
const invite = (meetingId: string, overrides: Record<string, string> = {}) => inviteSchema.parse({ meetingId, members: "ja", ...overrides });

async function newMeeting(overrides: Record<string, string> = {}) {
  const result = await createMeeting(db, actor, meetingInput(overrides));
  if (result.outcome !== "saved") throw new Error("meeting not saved");
  return result.id;
}

const amsterdam = { format: (date: Date) => `${localDateKey(date)} ${localTimeKey(date)}` };

function parseCalendar(content: string) {
  const parsed = ical.sync.parseICS(content);
  const event = Object.values(parsed).find((item) => item?.type === "VEVENT") as VEvent;
  const vcalendar = parsed.vcalendar as unknown as { method: string };
  return { method: vcalendar.method, event };
}

async function render(key: string) {
  const mail = await db.outboxMail.findUniqueOrThrow({
    where: { idempotencyKey: key },
    select: { to: true, subject: true, template: true, templateData: true },
  });
  return renderQueuedMail(db, mail);
}

describe("invitations", () => {
  const ids: Record<string, string> = {};

  withFreshDatabase();
  beforeAll(async () => {
    const [a, b, c] = await Promise.all(["Aa en Hunze", "Breda", "Culemborg"].map((name) => buildMunicipality(db, { name })));
    ids.a = a.id;
    ids.b = b.id;
    await db.membership.createMany({
      data: [
        { municipalityId: a.id, year },
        { municipalityId: b.id, year },
        { municipalityId: c.id, year: year - 1 },
      ],
    });
    const people = [
      { id: "p-a-member", name: "Anna Aa", email: "anna@aa.test", role: "MEMBER", municipalityId: a.id },
      { id: "p-a-kernclub", name: "Bert Aa", email: "bert@aa.test", role: "KERNCLUB", municipalityId: a.id },
      { id: "p-b-member", name: "Carla Breda", email: "carla@breda.test", role: "MEMBER", municipalityId: b.id },
      { id: "p-c-member", name: "Dirk Culemborg", email: "dirk@culemborg.test", role: "MEMBER", municipalityId: c.id },
      { id: "p-a-inactive", name: "Eva Aa", email: "eva@aa.test", role: "MEMBER", municipalityId: a.id, deactivatedAt: new Date() },
      { id: "p-guest", name: "Gijs Gast", email: "gijs@gast.test", role: "GUEST" },
      { id: "p-guest-other", name: "Hans Gast", email: "hans@gast.test", role: "GUEST" },
    ] as const;
    await db.user.createMany({ data: people.map((person) => ({ ...person, admittedAt: new Date() })) });
    // The kernclub follows the positions, not the role: Anna (role MEMBER) chairs it now, Bert (role KERNCLUB) left it.
    await db.position.createMany({
      data: [
        { userId: "p-a-member", role: "CHAIR", startedOn: new Date("2025-01-01") },
        { userId: "p-a-kernclub", role: "KERNCLUB_MEMBER", startedOn: new Date("2024-01-01"), endedOn: new Date("2025-01-01") },
      ],
    });
  });

  it("selects members of this year's municipalities, narrowed by municipality, role or the kernclub's current positions, guests and hand-added addresses", async () => {
    const meetingId = await newMeeting({ title: "Selectie" });
    await buildRsvp(db, { userId: "p-guest", meetingId });
    const pick = (input: Record<string, string>) =>
      db.$transaction(async (tx) => (await selectRecipients(tx, meetingId, invite(meetingId, input))).map((person) => person.email).sort());
    expect(await pick({})).toEqual(["anna@aa.test", "bert@aa.test", "carla@breda.test"]);
    expect(await pick({ municipalityId: ids.b })).toEqual(["carla@breda.test"]);
    expect(await pick({ role: "KERNCLUB" })).toEqual(["anna@aa.test"]);
    expect(await pick({ role: "MEMBER" })).toEqual(["anna@aa.test", "carla@breda.test"]);
    expect(await pick({ members: "", guests: "ja" })).toEqual(["gijs@gast.test"]);
    expect(await pick({ members: "", extraEmails: "Nieuw@Extern.test\n\nanna@aa.test\nnieuw@extern.test" })).toEqual(["anna@aa.test", "nieuw@extern.test"]);
    const created = await db.user.findUniqueOrThrow({ where: { email: "nieuw@extern.test" }, select: { name: true, role: true, emailVerified: true } });
    expect(created).toEqual({ name: "nieuw@extern.test", role: "GUEST", emailVerified: null });
  });

  it("refuses a wrong hand-added line, naming the field", () => {
    const parsed = inviteSchema.safeParse({ meetingId: "m", extraEmails: "goed@adres.test\ngeen-adres" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["extraEmails"], message: expect.stringContaining("Regel 2") });
  });

  it("queues each recipient once, however often and however concurrently it is sent; drafts, cancelled and demo meetings are refused", async () => {
    const meetingId = await newMeeting({ title: "Twee keer" });
    const [first, second] = await Promise.all([sendInvitations(db, actor, invite(meetingId)), sendInvitations(db, actor, invite(meetingId))]);
    const third = await sendInvitations(db, actor, invite(meetingId));
    const queued = [first, second, third].map((result) => (result.outcome === "sent" ? result.queued : -1));
    expect(queued.sort()).toEqual([0, 0, 3]);
    expect(await db.outboxMail.count({ where: { meetingId } })).toBe(3);
    expect(await invitationCounts(db, meetingId)).toEqual({ queued: 3, sent: 0, failed: 0 });
    const draft = await newMeeting({ title: "Concept", status: "concept" });
    expect((await sendInvitations(db, actor, invite(draft))).outcome).toBe("not-sendable");
    const cancelled = await newMeeting({ title: "Afgelast" });
    await cancelMeeting(db, actor, cancelled);
    expect((await sendInvitations(db, actor, invite(cancelled))).outcome).toBe("not-sendable");
    const demo = await newMeeting({ title: "Voorbeeld" });
    await db.meeting.update({ where: { id: demo }, data: { demo: true } });
    expect(await sendInvitations(db, actor, invite(demo))).toMatchObject({ outcome: "not-sendable", reason: expect.stringContaining("voorbeeldbijeenkomst") });
    expect(await db.outboxMail.count({ where: { meetingId: demo } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: meetingId, action: "meeting.invite" } })).toBe(3);
  });

  it("renders the invitation with the details, two answer links and a calendar REQUEST at the right time", async () => {
    const meetingId = await newMeeting({ title: "Met agenda", address: "Stadhuisplein 130, Tilburg" });
    await sendInvitations(db, actor, invite(meetingId, { municipalityId: ids.b }));
    const mail = await render(`invitation:${meetingId}:p-b-member:0`);
    expect(mail.subject).toBe("Uitnodiging: Met agenda");
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("Met agenda");
      expect(part).toContain("13.00–17.00 uur");
      expect(part).toContain("Stadhuis Tilburg, Stadhuisplein 130, Tilburg");
    }
    const links = [...mail.text.matchAll(/https:\/\/wmo\.test\/antwoord\/([^/\s]+)\/([^/\s]+)\/([^?\s]+)\?antwoord=(ja|nee)/g)];
    expect(links.map((link) => link[4]).sort()).toEqual(["ja", "ja", "nee", "nee"]);
    for (const [, meeting, person, signature] of links) expect(isValidAnswerSignature(meeting, person, signature) && person === "p-b-member").toBe(true);
    const { method, event } = parseCalendar(mail.calendar!.content);
    expect(method).toBe("REQUEST");
    expect(mail.calendar!.method).toBe("REQUEST");
    expect(amsterdam.format(event.start)).toBe(`${meetingDate} 13:00`);
    expect(event.uid).toBe(`${meetingId}@wmo-transformatienetwerk`);
    expect(event.organizer).toMatchObject({ val: expect.stringMatching(/^mailto:/i) });
    expect(event.attendee).toMatchObject({ params: { RSVP: true, CN: "Carla Breda" }, val: "MAILTO:carla@breda.test" });
  });

  it("sends an update with the same UID and a higher SEQUENCE when the time changes, and METHOD:CANCEL when cancelled", async () => {
    const meetingId = await newMeeting({ title: "Verschuift" });
    await sendInvitations(db, actor, invite(meetingId, { municipalityId: ids.b }));
    const original = parseCalendar((await render(`invitation:${meetingId}:p-b-member:0`)).calendar!.content).event;
    await updateMeeting(db, actor, meetingId, { ...meetingInput({ title: "Verschuift" }), description: "Nieuwe tekst" });
    expect(await db.outboxMail.count({ where: { meetingId, template: "meeting-update" } })).toBe(0);
    await updateMeeting(db, actor, meetingId, meetingInput({ title: "Verschuift", startTime: "14:00" }));
    const update = await render(`update:${meetingId}:p-b-member:1`);
    expect(update.subject).toBe("Gewijzigd: Verschuift");
    const updated = parseCalendar(update.calendar!.content);
    expect(updated.method).toBe("REQUEST");
    expect(updated.event.uid).toBe(original.uid);
    expect(Number(updated.event.sequence)).toBeGreaterThan(Number(original.sequence));
    expect(amsterdam.format(updated.event.start)).toBe(`${meetingDate} 14:00`);
    await cancelMeeting(db, actor, meetingId);
    const cancel = await render(`cancel:${meetingId}:p-b-member:2`);
    const cancelled = parseCalendar(cancel.calendar!.content);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.event.uid).toBe(original.uid);
    expect(Number(cancelled.event.sequence)).toBe(2);
  });

  it("reminds invitees without an answer once, on or after the reminder day", async () => {
    const meetingId = await newMeeting({ title: "Herinnering" });
    await db.meeting.update({ where: { id: meetingId }, data: { reminderDaysBefore: 7 } });
    await sendInvitations(db, actor, invite(meetingId, { municipalityId: ids.a }));
    await buildRsvp(db, { userId: "p-a-member", meetingId, status: "NOT_ATTENDING" });
    const startsAt = (await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { startsAt: true } })).startsAt;
    const day = 24 * 60 * 60 * 1000;
    expect(await sendDueReminders(db, new Date(startsAt.getTime() - 9 * day))).toBe(0);
    expect(await sendDueReminders(db, new Date(startsAt.getTime() - 6 * day))).toBe(1);
    expect(await sendDueReminders(db, new Date(startsAt.getTime() - 5 * day))).toBe(0);
    const reminders = await db.outboxMail.findMany({ where: { meetingId, template: "meeting-reminder" }, select: { to: true } });
    expect(reminders).toEqual([{ to: "bert@aa.test" }]);
    expect((await render(`reminder:${meetingId}:p-a-kernclub`)).text).toContain("Ik kom");
  });

  it("shows per recipient the mail status and answer, in a constant number of queries, and resends under a new key", async () => {
    const meetingId = await newMeeting({ title: "Status" });
    await sendInvitations(db, actor, invite(meetingId, { extraEmails: "x1@extern.test\nx2@extern.test" }));
    await buildRsvp(db, { userId: "p-a-member", meetingId });
    while ((await deliverPendingMail(db)) > 0);
    expect(await invitationCounts(db, meetingId)).toEqual({ queued: 0, sent: 5, failed: 0 });
    let queries = 0;
    db.$on("query", () => (queries += 1));
    const page = await listInvitations(db, meetingId, 1);
    const small = queries;
    expect(page.total).toBe(5);
    expect(page.items.find((row) => row.userId === "p-a-member")).toMatchObject({ answer: "ATTENDING", mail: { status: "SENT" }, municipality: "Aa en Hunze" });
    expect(page.items.find((row) => row.email === "x1@extern.test")).toMatchObject({ answer: null, mail: { status: "SENT" } });
    await db.user.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        name: `Extra ${i}`,
        email: `extra${i}@aa.test`,
        role: "MEMBER" as const,
        municipalityId: ids.a,
        admittedAt: new Date(),
      })),
    });
    await sendInvitations(db, actor, invite(meetingId));
    queries = 0;
    await listInvitations(db, meetingId, 2);
    expect(queries).toBe(small);
    expect((await resendInvitation(db, actor, meetingId, "p-a-member")).outcome).toBe("queued");
    expect((await resendInvitation(db, actor, meetingId, "p-a-member")).outcome).toBe("queued");
    expect((await resendInvitation(db, actor, meetingId, "p-c-member")).outcome).toBe("not-invited");
    const keys = (
      await db.outboxMail.findMany({ where: { meetingId, to: "anna@aa.test" }, select: { idempotencyKey: true }, orderBy: { createdAt: "asc" } })
    ).map((m) => m.idempotencyKey);
    expect(keys).toEqual([
      `invitation:${meetingId}:p-a-member:0`,
      `invitation:${meetingId}:p-a-member:0:resend:1`,
      `invitation:${meetingId}:p-a-member:0:resend:2`,
    ]);
    const row = (await listInvitations(db, meetingId, 1)).items.find((item) => item.userId === "p-a-member");
    expect(row?.mail?.status).toBe("PENDING");
  });
});
