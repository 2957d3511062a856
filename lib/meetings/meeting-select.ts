import type { Prisma } from "../db/generated/client";

/** What every view of a meeting reads: which meeting, what kind, and when and where it is. */
export const meetingBasicsSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timesAnnounced: true,
  location: true,
} as const satisfies Prisma.MeetingSelect;
