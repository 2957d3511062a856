import ical from "node-ical";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idleState } from "@/lib/forms/form-state";
import { eraseDietaryWishes } from "@/lib/maintenance/erase-dietary-wishes";
import { renderQueuedMail } from "@/lib/mail/render-mail";
import { answerByLinkAction } from "@/lib/meetings/actions";
import { answerUrl } from "@/lib/meetings/answer-link";
import { loadAnswerPage } from "@/lib/meetings/answer-page";
import { answerPerPerson } from "@/lib/rate-limit/rules";
import { recordAnswer, type RsvpDetails } from "@/lib/meetings/rsvp";
import { buildMeeting } from "../support/builders/meeting";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Outside a request, work scheduled "after the response" is dropped: delivery is not under test here.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));

const DAY = 24 * 3600 * 1000;
const now = new Date();
const details: RsvpDetails = { days: "BOTH", dinner: true, overnight: false, dietaryWishes: "Vegetarisch, geen noten" };
/** The confirmation as the worker would send it, with its calendar part parsed by node-ical. */
async function sentConfirmation(to: string) {
  const mail = await db.outboxMail.findFirstOrThrow({
    where: { to },
    orderBy: { createdAt: "desc" },
    select: { to: true, subject: true, template: true, templateData: true },
  });
  const rendered = await renderQueuedMail(db, mail);
  const calendar = rendered.calendar ? ical.sync.parseICS(rendered.calendar.content) : null;
  const event = calendar ? Object.values(calendar).find((entry) => entry?.type === "VEVENT") : null;
  return { rendered, method: (calendar?.vcalendar as { method?: string } | undefined)?.method ?? null, event };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("RSVP details, deadline, confirmations and retention", () => {
  withFreshDatabase();

  it("refuses a change after the answer deadline, and accepts it before", async () => {
    const { id } = await buildMeeting(db, { answerDeadline: new Date(now.getTime() + DAY) });
    const { id: userId } = await buildPerson(db);
    expect(await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", now })).toMatchObject({ outcome: "saved", status: "ATTENDING" });
    const late = new Date(now.getTime() + 2 * DAY);
    expect(await recordAnswer(db, { userId, meetingId: id, status: "NOT_ATTENDING", now: late })).toMatchObject({ outcome: "deadline" });
    expect(await db.rsvp.findFirstOrThrow({ where: { userId }, select: { status: true } })).toEqual({ status: "ATTENDING" });
  });

  it("asks a 24-hour meeting's days, keeps dinner, overnight stay and wishes, and refuses a full dinner by its field", async () => {
    const { id } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR", dinnerCapacity: 1 });
    const [a, b] = [await buildPerson(db), await buildPerson(db)];
    expect(await recordAnswer(db, { userId: a.id, meetingId: id, status: "ATTENDING", details: { ...details, days: null } })).toEqual({
      outcome: "invalid",
      fieldErrors: { days: expect.stringContaining("dag") },
    });
    expect(await recordAnswer(db, { userId: a.id, meetingId: id, status: "ATTENDING", details })).toMatchObject({ outcome: "saved" });
    expect(await db.rsvp.findFirstOrThrow({ where: { userId: a.id }, select: { days: true, dinner: true, overnight: true, dietaryWishes: true } })).toEqual(
      details,
    );
    expect(await recordAnswer(db, { userId: b.id, meetingId: id, status: "ATTENDING", details })).toEqual({
      outcome: "invalid",
      fieldErrors: { dinner: expect.stringContaining("diner is vol") },
    });
    expect(await recordAnswer(db, { userId: b.id, meetingId: id, status: "ATTENDING", details: { ...details, dinner: false } })).toMatchObject({
      outcome: "saved",
    });
    // Saying no clears the details.
    await recordAnswer(db, { userId: a.id, meetingId: id, status: "NOT_ATTENDING", details });
    expect(await db.rsvp.findFirstOrThrow({ where: { userId: a.id }, select: { days: true, dinner: true, dietaryWishes: true } })).toEqual({
      days: null,
      dinner: false,
      dietaryWishes: null,
    });
  });

  it("queues one confirmation per change: the calendar invitation for yes, its cancellation for no", async () => {
    const { id, startsAt } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const { id: userId, email } = await buildPerson(db);
    await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", details });
    const yes = await sentConfirmation(email!);
    expect(yes.method).toBe("REQUEST");
    expect(yes.event).toMatchObject({ uid: `${id}@wmo-transformatienetwerk` });
    expect((yes.event as { start: Date }).start.toISOString()).toBe(startsAt.toISOString());
    expect(yes.rendered.text).toContain("Beide dagen, met diner, zonder overnachting, dieetwensen doorgegeven");
    expect(yes.rendered.text).not.toContain("noten");
    expect(yes.rendered.text).toContain("/antwoord/");

    // The same answer again (a double click) changes nothing and sends nothing.
    await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", details });
    expect(await db.outboxMail.count({ where: { to: email! } })).toBe(1);

    await recordAnswer(db, { userId, meetingId: id, status: "NOT_ATTENDING" });
    expect(await db.outboxMail.count({ where: { to: email! } })).toBe(2);
    const no = await sentConfirmation(email!);
    expect(no.method).toBe("CANCEL");
    expect(no.rendered.subject).toContain("genoteerd");
  });

  it("records an answer through a signed link, and refuses a tampered one by its field", async () => {
    const { id } = await buildMeeting(db);
    const { id: userId } = await buildPerson(db);
    const signature = new URL(answerUrl(id, userId)).pathname.split("/")[4];
    const tampered = await answerByLinkAction(
      idleState,
      form({ meetingId: id, personId: userId, signature: `${signature.slice(0, -1)}x`, status: "ATTENDING" }),
    );
    expect(tampered).toMatchObject({ status: "error", fieldErrors: { signature: expect.stringContaining("Deze link klopt niet") } });
    const other = await buildPerson(db);
    const otherPerson = await answerByLinkAction(idleState, form({ meetingId: id, personId: other.id, signature, status: "ATTENDING" }));
    expect(otherPerson.fieldErrors?.signature).toContain("Deze link klopt niet");
    expect(await db.rsvp.count({ where: { meetingId: id } })).toBe(0);
    expect(await answerByLinkAction(idleState, form({ meetingId: id, personId: userId, signature, status: "ATTENDING" }))).toMatchObject({
      status: "success",
      message: "Genoteerd: je komt.",
    });
    expect(await db.rsvp.findFirstOrThrow({ where: { meetingId: id }, select: { userId: true, status: true } })).toEqual({ userId, status: "ATTENDING" });
  });

  it("refuses the links of a deactivated person, on the page and in the action", async () => {
    const { id } = await buildMeeting(db);
    const { id: userId } = await buildPerson(db);
    const signature = new URL(answerUrl(id, userId)).pathname.split("/")[4]!;
    await db.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });
    expect(await loadAnswerPage(db, { meetingId: id, personId: userId, signature })).toEqual({ state: "invalid" });
    const posted = await answerByLinkAction(idleState, form({ meetingId: id, personId: userId, signature, status: "ATTENDING" }));
    expect(posted.fieldErrors?.signature).toContain("Deze link klopt niet");
    expect(await db.rsvp.count({ where: { meetingId: id } })).toBe(0);
  });

  it("limits how often one person's answer changes (each change mails a confirmation), in Dutch", async () => {
    const { id } = await buildMeeting(db);
    const { id: userId, email } = await buildPerson(db);
    const signature = new URL(answerUrl(id, userId)).pathname.split("/")[4]!;
    for (let change = 0; change < answerPerPerson.limit; change += 1) {
      const status = change % 2 ? "NOT_ATTENDING" : "ATTENDING";
      expect(await answerByLinkAction(idleState, form({ meetingId: id, personId: userId, signature, status }))).toMatchObject({ status: "success" });
    }
    const mailsBefore = await db.outboxMail.count({ where: { to: email! } });
    const refused = await answerByLinkAction(idleState, form({ meetingId: id, personId: userId, signature, status: "NOT_ATTENDING" }));
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(/^Je hebt dit te vaak achter elkaar opgeslagen\. Probeer het over/) });
    expect(await db.outboxMail.count({ where: { to: email! } })).toBe(mailsBefore);
  });

  it("the page behind an answer link carries no dietary wishes, only that there are some", async () => {
    const { id } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const { id: userId } = await buildPerson(db);
    await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", details });
    const signature = new URL(answerUrl(id, userId)).pathname.split("/")[4]!;
    const page = await loadAnswerPage(db, { meetingId: id, personId: userId, signature });
    expect(JSON.stringify(page)).not.toContain(details.dietaryWishes);
    expect(page).toMatchObject({ state: "open", dietaryWishesGiven: true, answer: { status: "ATTENDING", dietaryWishes: null } });
  });

  it("keeps the wishes given before when the answer page's field is left empty", async () => {
    const { id } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const { id: userId } = await buildPerson(db);
    await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", details });
    await recordAnswer(db, {
      userId,
      meetingId: id,
      status: "ATTENDING",
      details: { ...details, overnight: true, dietaryWishes: null },
      keepDietaryWishes: true,
    });
    expect(await db.rsvp.findFirstOrThrow({ where: { userId }, select: { overnight: true, dietaryWishes: true } })).toEqual({
      overnight: true,
      dietaryWishes: details.dietaryWishes,
    });
  });

  it("erases dietary wishes the retention period after the meeting, not before", async () => {
    const { id, endsAt: ended } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const { id: userId } = await buildPerson(db);
    await recordAnswer(db, { userId, meetingId: id, status: "ATTENDING", details });
    const wishes = () => db.rsvp.findFirstOrThrow({ where: { userId }, select: { dietaryWishes: true, dinner: true } });
    expect(await eraseDietaryWishes(db, new Date(ended.getTime() + 13 * DAY), 14)).toBe(0);
    expect(await wishes()).toEqual({ dietaryWishes: details.dietaryWishes, dinner: true });
    expect(await eraseDietaryWishes(db, new Date(ended.getTime() + 14 * DAY + 60_000), 14)).toBeGreaterThanOrEqual(1);
    expect(await wishes()).toEqual({ dietaryWishes: null, dinner: true });
  });
});
