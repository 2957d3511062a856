import "server-only";
import { cache } from "react";
import type { Database } from "../db/client";
import { meetingBasicsSelect } from "./meeting-select";

export const meetingSummarySelect = {
  ...meetingBasicsSelect,
  tentative: true,
  demo: true,
  address: true,
  cancelledAt: true,
  hostMunicipality: { select: { name: true } },
} as const;

export type MeetingSummary = Awaited<ReturnType<typeof listUpcomingMeetings>>[number];

/** Published meetings that have not ended yet, soonest first. */
export function listUpcomingMeetings(db: Database, now: Date, take?: number) {
  return db.meeting.findMany({
    where: { published: true, endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take,
    select: meetingSummarySelect,
  });
}

/** Published meetings that have ended, newest first. */
export function listPastMeetings(db: Database, now: Date) {
  return db.meeting.findMany({
    where: { published: true, endsAt: { lt: now } },
    orderBy: { startsAt: "desc" },
    select: meetingSummarySelect,
  });
}

export const getPublishedMeeting = cache((db: Database, slug: string) =>
  db.meeting.findFirst({
    where: { slug, published: true },
    select: {
      ...meetingSummarySelect,
      scheduleNote: true,
      description: true,
      agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true, speaker: true } },
      reports: { where: { published: true }, orderBy: { publishedOn: "asc" }, select: { slug: true, title: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, extension: true, sizeBytes: true } },
      themes: { orderBy: { theme: { name: "asc" } }, select: { theme: { select: { slug: true, name: true } } } },
    },
  }),
);

const calendarSelect = { ...meetingSummarySelect, updatedAt: true, description: true, scheduleNote: true } as const;

export function listMeetingsForCalendar(db: Database) {
  return db.meeting.findMany({ where: { published: true }, orderBy: { startsAt: "asc" }, select: calendarSelect });
}

export function getMeetingForCalendar(db: Database, slug: string) {
  return db.meeting.findFirst({ where: { slug, published: true }, select: calendarSelect });
}

type CalendarRow = Awaited<ReturnType<typeof listMeetingsForCalendar>>[number];
/** A meeting as the calendar files need it; cancellation and address are optional for callers that build one by hand. */
export type CalendarMeeting = Omit<CalendarRow, "cancelledAt" | "address"> & { cancelledAt?: Date | null; address?: string | null };
