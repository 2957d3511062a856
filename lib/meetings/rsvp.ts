import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { MeetingDays, RsvpStatus } from "../db/generated/enums";
import { queueMail } from "../mail/outbox";
import { isCovered } from "../members/coverage";
import { currentYear } from "../members/current-year";
import type { RsvpMailData } from "./rsvp-mail-data";
import { answerDetailsSelect } from "./answer-select";
import { withdrawAttendeeReminders } from "../invitations/send-attendee-reminders";

export type RsvpAnswer = "ATTENDING" | "NOT_ATTENDING";
export type RsvpDetails = { days: MeetingDays | null; dinner: boolean; overnight: boolean; dietaryWishes: string | null };

export type RsvpResult =
  | { outcome: "saved"; status: RsvpStatus; waitlistPosition: number | null; promoted: string[] }
  | { outcome: "not-allowed" }
  | { outcome: "closed" }
  | { outcome: "deadline"; deadline: Date }
  | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;

const noDetails: RsvpDetails = { days: null, dinner: false, overnight: false, dietaryWishes: null };

/**
 * Records a signed-in person's answer: only who is covered this year (see lib/members/coverage.ts); others
 * answer through their invitation's link.
 */
export async function setRsvp(
  db: Database,
  input: { userId: string; meetingId: string; status: RsvpAnswer; details?: RsvpDetails; now?: Date },
): Promise<RsvpResult> {
  if (!(await isCovered(db, input.userId, currentYear(input.now)))) return { outcome: "not-allowed" };
  return recordAnswer(db, input);
}

/**
 * Records whether someone comes, with the details of a 24-hour meeting, and queues their confirmation.
 * The meeting row is locked first, so parallel answers count the places one after another: past the
 * limit a "yes" goes on the waiting list in arrival order; a cancellation moves the first waiting up.
 * `keepDietaryWishes`: an empty field keeps what was given before (the answer page does not show them).
 */
export function recordAnswer(
  db: Database,
  {
    userId,
    meetingId,
    status: answer,
    details = noDetails,
    now = new Date(),
    keepDietaryWishes = false,
  }: { userId: string; meetingId: string; status: RsvpAnswer; details?: RsvpDetails; now?: Date; keepDietaryWishes?: boolean },
): Promise<RsvpResult> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: {
        title: true,
        kind: true,
        published: true,
        cancelledAt: true,
        startsAt: true,
        endsAt: true,
        answerDeadline: true,
        capacity: true,
        dinnerCapacity: true,
        overnightCapacity: true,
      },
    });
    if (!meeting || !meeting.published || meeting.cancelledAt || meeting.endsAt < now) return { outcome: "closed" };
    const deadline = meeting.answerDeadline ?? meeting.startsAt;
    if (now > deadline) return { outcome: "deadline", deadline };
    const current = await tx.rsvp.findUnique({
      where: { userId_meetingId: { userId, meetingId } },
      select: answerDetailsSelect,
    });

    const fullDay = meeting.kind === "TWENTY_FOUR_HOUR" && answer === "ATTENDING";
    const wanted: RsvpDetails = fullDay ? { ...details } : noDetails;
    if (fullDay && keepDietaryWishes && !details.dietaryWishes) wanted.dietaryWishes = current?.dietaryWishes ?? null;
    if (fullDay) {
      if (!wanted.days) return { outcome: "invalid", fieldErrors: { days: "Kies op welke dag of dagen je komt." } };
      const refused = await refusedExtras(tx, meetingId, userId, wanted, current, meeting);
      if (refused) return { outcome: "invalid", fieldErrors: refused };
    }

    let status: RsvpStatus = answer;
    let waitlistedAt: Date | null = null;
    if (answer === "ATTENDING") {
      if (current?.status === "ATTENDING") status = "ATTENDING";
      else if (current?.status === "WAITLISTED") [status, waitlistedAt] = ["WAITLISTED", current.waitlistedAt];
      else if (meeting.capacity !== null && (await attendingCount(tx, meetingId)) >= meeting.capacity) {
        status = "WAITLISTED";
        waitlistedAt = await nextWaitlistTime(tx, meetingId, now);
      }
    }

    const unchanged =
      current &&
      current.status === status &&
      current.days === wanted.days &&
      current.dinner === wanted.dinner &&
      current.overnight === wanted.overnight &&
      current.dietaryWishes === wanted.dietaryWishes;
    const promoted: string[] = [];
    if (!unchanged) {
      const data = { status, waitlistedAt, ...wanted };
      await tx.rsvp.upsert({ where: { userId_meetingId: { userId, meetingId } }, update: data, create: { userId, meetingId, ...data }, select: { id: true } });
      await queueConfirmation(tx, { meetingId, userId, meetingTitle: meeting.title, status, promoted: false });
      if (current?.status === "ATTENDING" && status !== "ATTENDING") await withdrawAttendeeReminders(tx, meetingId, userId);
      if (current?.status === "ATTENDING" && status === "NOT_ATTENDING" && meeting.capacity !== null) {
        promoted.push(...(await promoteWaiting(tx, meetingId, meeting.capacity)));
      }
    }
    const waitlistPosition =
      status === "WAITLISTED" && waitlistedAt ? await tx.rsvp.count({ where: { meetingId, status: "WAITLISTED", waitlistedAt: { lte: waitlistedAt } } }) : null;
    return { outcome: "saved", status, waitlistPosition, promoted };
  }, QUEUE_PATIENCE);
}

// Answers to one meeting wait for each other's row lock: a burst of answers queues instead of failing.
const QUEUE_PATIENCE = { maxWait: 30_000, timeout: 60_000 };

function attendingCount(tx: Tx, meetingId: string) {
  return tx.rsvp.count({ where: { meetingId, status: "ATTENDING" } });
}

/** Strictly later than everyone already waiting, so the order is the order in which answers got the lock. */
async function nextWaitlistTime(tx: Tx, meetingId: string, now: Date): Promise<Date> {
  const last = await tx.rsvp.aggregate({ where: { meetingId, status: "WAITLISTED" }, _max: { waitlistedAt: true } });
  const after = last._max.waitlistedAt ? last._max.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(Date.now(), now.getTime(), after));
}

/** Dinner and overnight stay have their own limits: a new request past the limit is refused (no waiting list for them). */
async function refusedExtras(
  tx: Tx,
  meetingId: string,
  userId: string,
  wanted: RsvpDetails,
  current: { dinner: boolean; overnight: boolean } | null,
  meeting: { dinnerCapacity: number | null; overnightCapacity: number | null },
): Promise<Record<string, string> | null> {
  const errors: Record<string, string> = {};
  const others = { meetingId, status: { in: ["ATTENDING", "WAITLISTED"] as RsvpStatus[] }, userId: { not: userId } };
  if (
    wanted.dinner &&
    !current?.dinner &&
    meeting.dinnerCapacity !== null &&
    (await tx.rsvp.count({ where: { ...others, dinner: true } })) >= meeting.dinnerCapacity
  ) {
    errors.dinner = "Het diner is vol. Zet het vinkje bij diner uit om je aan te melden zonder diner.";
  }
  if (
    wanted.overnight &&
    !current?.overnight &&
    meeting.overnightCapacity !== null &&
    (await tx.rsvp.count({ where: { ...others, overnight: true } })) >= meeting.overnightCapacity
  ) {
    errors.overnight = "De overnachtingsplaatsen zijn vol. Zet het vinkje bij overnachting uit om je aan te melden zonder overnachting.";
  }
  return Object.keys(errors).length ? errors : null;
}

/** Moves the first waiting people up into the free places and tells them by e-mail. Call with the meeting row locked. */
export async function promoteWaiting(tx: Tx, meetingId: string, capacity: number): Promise<string[]> {
  const free = capacity - (await attendingCount(tx, meetingId));
  if (free <= 0) return [];
  const next = await tx.rsvp.findMany({
    where: { meetingId, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }],
    take: Number.isFinite(free) ? free : undefined,
    select: { id: true, userId: true },
  });
  if (!next.length) return [];
  const { title } = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { title: true } });
  for (const waiting of next) {
    await tx.rsvp.update({ where: { id: waiting.id }, data: { status: "ATTENDING", waitlistedAt: null }, select: { id: true } });
    await queueConfirmation(tx, { meetingId, userId: waiting.userId, meetingTitle: title, status: "ATTENDING", promoted: true });
  }
  return next.map((waiting) => waiting.userId);
}

async function queueConfirmation(tx: Tx, data: RsvpMailData) {
  const person = await tx.user.findUniqueOrThrow({ where: { id: data.userId }, select: { email: true } });
  if (!person.email) return;
  await queueMail(tx, { to: person.email, template: "rsvp-confirmation", data, meetingId: data.meetingId });
}
