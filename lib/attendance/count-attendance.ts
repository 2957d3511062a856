import "server-only";
import type { Database } from "../db/client";
import type { RsvpStatus } from "../db/generated/enums";

export type AttendanceCounts = {
  attending: number;
  notAttending: number;
  waitlisted: number;
  /** Invited, but no answer yet. */
  noAnswer: number;
  /** 24-hour meetings; counted among those who come. */
  dinner: number;
  overnight: number;
  firstDay: number;
  secondDay: number;
  /** Come to a 24-hour meeting without saying which days. */
  daysUnknown: number;
  withDietaryWishes: number;
  /** Ticked on the presence list: actually came, whatever they answered. */
  present: number;
};

/** Every count the attendance page shows, in three queries however many people answered. */
export async function countAttendance(db: Database, meetingId: string): Promise<AttendanceCounts> {
  const [groups, withDietaryWishes, noAnswer] = await Promise.all([
    db.rsvp.groupBy({ by: ["status", "days", "dinner", "overnight", "attended"], where: { meetingId }, _count: { _all: true } }),
    db.rsvp.count({ where: { meetingId, status: "ATTENDING", AND: [{ dietaryWishes: { not: null } }, { dietaryWishes: { not: "" } }] } }),
    db.invitation.count({ where: { meetingId, user: { rsvps: { none: { meetingId } } } } }),
  ]);
  const sum = (keep: (group: (typeof groups)[number]) => boolean) => groups.filter(keep).reduce((total, group) => total + group._count._all, 0);
  const coming = (group: { status: RsvpStatus }) => group.status === "ATTENDING";
  return {
    attending: sum(coming),
    notAttending: sum((group) => group.status === "NOT_ATTENDING"),
    waitlisted: sum((group) => group.status === "WAITLISTED"),
    noAnswer,
    dinner: sum((group) => coming(group) && group.dinner),
    overnight: sum((group) => coming(group) && group.overnight),
    firstDay: sum((group) => coming(group) && (group.days === "BOTH" || group.days === "FIRST_DAY")),
    secondDay: sum((group) => coming(group) && (group.days === "BOTH" || group.days === "SECOND_DAY")),
    daysUnknown: sum((group) => coming(group) && group.days === null),
    withDietaryWishes,
    present: sum((group) => group.attended),
  };
}
