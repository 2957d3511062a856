import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sendDueAttendeeReminders } from "@/lib/invitations/send-attendee-reminders";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { meetingSchema } from "@/lib/meetings/meeting-schema";
import { recordAnswer } from "@/lib/meetings/rsvp";
import { createMeeting } from "@/lib/meetings/save-meeting";
import { siteUrl } from "@/lib/site/config";
import { buildMeeting } from "../support/builders/meeting";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { withFreshDatabase } from "./database";
import { withTestSmtp } from "./support/test-smtp";

const smtp = withTestSmtp();
const actor = { id: null, label: "secretaris@wmo.test" };
const DAY_MS = 24 * 60 * 60 * 1000;
const address = "Stadhuisplein 130\n5038 TC Tilburg";

/** A published meeting made through the admin form's schema, with a reminder to who comes `days` days before. */
async function meetingWithReminder(days: string, title = "Najaarsbijeenkomst") {
  const input = meetingSchema.parse({
    title,
    kind: "MEETING",
    startDate: "2031-10-09",
    timesKnown: "ja",
    startTime: "13:00",
    endTime: "17:00",
    status: "gepubliceerd",
    location: "Stadhuis Tilburg",
    address,
    attendeeReminderDaysBefore: days,
  });
  const result = await createMeeting(db, actor, input);
  if (result.outcome !== "saved") throw new Error("meeting not saved");
  return db.meeting.findUniqueOrThrow({ where: { id: result.id }, select: { id: true, slug: true, startsAt: true, attendeeReminderDaysBefore: true } });
}

const remindersOf = (meetingId: string) =>
  db.outboxMail.findMany({ where: { meetingId, template: "meeting-attendee-reminder" }, select: { to: true, status: true }, orderBy: { to: "asc" } });

describe("the reminder to those who come", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("reaches each person who still comes once, on the reminder day, with the calendar part, the address and the meeting's page", async () => {
    const meeting = await meetingWithReminder("3");
    expect(meeting.attendeeReminderDaysBefore).toBe(3);
    const anna = await buildPerson(db, { name: "Anna Komt", email: "anna@komt.test" });
    const bram = await buildPerson(db, { name: "Bram Zegt Af", email: "bram@zegtaf.test" });
    const carla = await buildPerson(db, { name: "Carla Wacht", email: "carla@wacht.test" });
    const dirk = await buildPerson(db, { name: "Dirk Weg", email: "dirk@weg.test", deactivatedAt: new Date() });
    const eva = await buildPerson(db, { name: "Eva Niet", email: "eva@niet.test" });
    await buildRsvp(db, { userId: anna.id, meetingId: meeting.id });
    const bramsAnswer = await buildRsvp(db, { userId: bram.id, meetingId: meeting.id });
    await buildRsvp(db, { userId: carla.id, meetingId: meeting.id, status: "WAITLISTED", waitlistedAt: new Date() });
    await buildRsvp(db, { userId: dirk.id, meetingId: meeting.id });
    await buildRsvp(db, { userId: eva.id, meetingId: meeting.id, status: "NOT_ATTENDING" });
    // Bram said he comes, then cancelled: he is not reminded.
    await db.rsvp.update({ where: { id: bramsAnswer.id }, data: { status: "NOT_ATTENDING" } });

    const before = (days: number) => new Date(meeting.startsAt.getTime() - days * DAY_MS);
    expect(await sendDueAttendeeReminders(db, before(4))).toBe(0);
    // Two runs at once (two server processes) still queue one message.
    const [first, second] = await Promise.all([sendDueAttendeeReminders(db, before(3)), sendDueAttendeeReminders(db, before(3))]);
    expect(first + second).toBe(1);
    expect(await sendDueAttendeeReminders(db, before(2))).toBe(0);
    // Cancelling and coming again does not make a second reminder.
    await db.rsvp.updateMany({ where: { userId: anna.id }, data: { status: "NOT_ATTENDING" } });
    await db.rsvp.updateMany({ where: { userId: anna.id }, data: { status: "ATTENDING" } });
    expect(await sendDueAttendeeReminders(db, before(1))).toBe(0);
    expect(await remindersOf(meeting.id)).toEqual([{ to: "anna@komt.test", status: "PENDING" }]);

    expect(await deliverPendingMail(db)).toBe(1);
    const [mail] = smtp.received;
    expect(mail!.to).toMatchObject({ value: [{ address: "anna@komt.test" }] });
    expect(mail!.subject).toBe("Tot binnenkort: Najaarsbijeenkomst");
    const meetingPage = `${siteUrl()}/agenda/${meeting.slug}`;
    expect(mail!.text).toContain("Beste Anna Komt");
    expect(mail!.text).toContain("Stadhuis Tilburg, Stadhuisplein 130, 5038 TC Tilburg");
    expect(mail!.text).toContain(meetingPage);
    expect(mail!.html).toContain(`href="${meetingPage}"`);

    const calendarPart = mail!.attachments.find((part) => part.contentType.startsWith("text/calendar"));
    expect(calendarPart).toBeDefined();
    const parsed = ical.sync.parseICS(calendarPart!.content.toString("utf8"));
    expect((parsed.vcalendar as unknown as { method: string }).method).toBe("REQUEST");
    const event = Object.values(parsed).find((item) => item?.type === "VEVENT") as VEvent;
    expect(event.summary).toBe("Najaarsbijeenkomst");
    expect(event.location).toBe("Stadhuis Tilburg, Stadhuisplein 130, 5038 TC Tilburg");
    expect(new Date(event.start).toISOString()).toBe(meeting.startsAt.toISOString());
    const attendee = event.attendee as unknown as { val: string } | { val: string }[];
    expect((Array.isArray(attendee) ? attendee : [attendee]).map((entry) => entry.val.toLowerCase())).toEqual(["mailto:anna@komt.test"]);
  });

  it("goes to nobody for a cancelled, demo or unpublished meeting or one without the setting", async () => {
    const startsAt = new Date("2031-10-09T11:00:00Z");
    const meetings = await Promise.all([
      buildMeeting(db, { startsAt, attendeeReminderDaysBefore: 3, cancelledAt: new Date() }),
      buildMeeting(db, { startsAt, attendeeReminderDaysBefore: 3, demo: true }),
      buildMeeting(db, { startsAt, attendeeReminderDaysBefore: 3, published: false }),
      buildMeeting(db, { startsAt }),
    ]);
    const person = await buildPerson(db);
    for (const meeting of meetings) await buildRsvp(db, { userId: person.id, meetingId: meeting.id });
    expect(await sendDueAttendeeReminders(db, new Date(startsAt.getTime() - DAY_MS))).toBe(0);
    // Once the meeting has started it is too late.
    const open = await buildMeeting(db, { startsAt, attendeeReminderDaysBefore: 3 });
    await buildRsvp(db, { userId: person.id, meetingId: open.id });
    expect(await sendDueAttendeeReminders(db, new Date(startsAt.getTime() + 60_000))).toBe(0);
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("withdraws a reminder still queued when the person cancels, or the meeting is called off", async () => {
    const meeting = await meetingWithReminder("2", "Intrekken");
    const [anna, bram] = await Promise.all([buildPerson(db, { email: "anna@intrekken.test" }), buildPerson(db, { email: "bram@intrekken.test" })]);
    await buildRsvp(db, { userId: anna.id, meetingId: meeting.id });
    await buildRsvp(db, { userId: bram.id, meetingId: meeting.id });
    const reminderDay = new Date(meeting.startsAt.getTime() - 2 * DAY_MS);
    expect(await sendDueAttendeeReminders(db, reminderDay)).toBe(2);

    expect(await recordAnswer(db, { userId: anna.id, meetingId: meeting.id, status: "NOT_ATTENDING", now: reminderDay })).toMatchObject({ outcome: "saved" });
    expect(await remindersOf(meeting.id)).toEqual([{ to: "bram@intrekken.test", status: "PENDING" }]);

    expect(await cancelMeeting(db, actor, meeting.id, reminderDay)).toMatchObject({ outcome: "cancelled" });
    expect(await remindersOf(meeting.id)).toEqual([]);
  });
});
