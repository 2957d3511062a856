import type { Prisma } from "../db/generated/client";
import { localDateKey } from "../format/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Amsterdam calendar day `days` days before the meeting's first day, as YYYY-MM-DD. */
export function reminderDay(startsAt: Date, days: number): string {
  const start = new Date(`${localDateKey(startsAt)}T12:00:00Z`);
  return new Date(start.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

/** True once a reminder `days` before the meeting is due: its reminder day (in Amsterdam) has come. */
export function isReminderDue(startsAt: Date, days: number, now: Date): boolean {
  return reminderDay(startsAt, days) <= localDateKey(now);
}

/** Meetings anyone may be reminded of: published, real (not demo), not called off and not started yet. */
export function remindableMeetings(now: Date) {
  return { published: true, demo: false, cancelledAt: null, startsAt: { gt: now } } satisfies Prisma.MeetingWhereInput;
}
