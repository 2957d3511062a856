import ical, { ICalEventStatus } from "ical-generator";
import { SITE_NAME } from "../site/config";
import { localDateKey } from "../format/dates";
import { meetingKindLabels } from "./meeting-kind";
import type { CalendarMeeting } from "./queries";

/**
 * An iCalendar file (RFC 5545) of the given meetings. Times are written in UTC,
 * which every calendar shows in its own zone; meetings whose times were never
 * announced become whole-day events on their dates in Amsterdam.
 */
export function buildCalendar(meetings: CalendarMeeting[], { baseUrl, name = SITE_NAME }: { baseUrl: string; name?: string }) {
  const calendar = ical({ name, prodId: { company: "Wmo transformatienetwerk", product: "website", language: "NL" } });
  for (const meeting of meetings) {
    const url = `${baseUrl}/agenda/${meeting.slug}`;
    const description = [meetingKindLabels[meeting.kind], meeting.scheduleNote, meeting.description, url].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: `${meeting.id}@wmo-transformatienetwerk`,
      summary: meeting.cancelledAt ? `Afgelast: ${meeting.title}` : meeting.demo ? `Voorbeeld: ${meeting.title}` : meeting.title,
      description,
      location: eventLocation(meeting.location ?? meeting.hostMunicipality?.name, meeting.address),
      url,
      status: meeting.cancelledAt ? ICalEventStatus.CANCELLED : meeting.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      stamp: meeting.updatedAt,
      ...eventTimes(meeting),
    });
  }
  return calendar.toString();
}

/** "Stadhuis, Markt 1, 1234 AB Stad": the place and its address on one line. */
export function eventLocation(place: string | null | undefined, address: string | null | undefined): string | undefined {
  return [place, address?.replace(/\s*\n\s*/g, ", ")].filter(Boolean).join(", ") || undefined;
}

/** Start and end of the event: exact times, or whole days in Amsterdam when the times were never announced. */
export function eventTimes(meeting: { startsAt: Date; endsAt: Date; timesAnnounced: boolean }) {
  return meeting.timesAnnounced
    ? { start: meeting.startsAt, end: meeting.endsAt }
    : { allDay: true, start: wholeDay(meeting.startsAt), end: wholeDay(meeting.endsAt, 1) };
}

/**
 * A date-only value for the Amsterdam calendar day of `date`, plus `addDays` (iCalendar all-day ends are
 * exclusive). ical-generator writes all-day dates from the UTC date, so this is noon UTC on that day.
 */
function wholeDay(date: Date, addDays = 0): Date {
  const [year, month, day] = localDateKey(date).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + addDays, 12));
}
