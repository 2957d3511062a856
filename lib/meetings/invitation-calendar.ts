import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { CalendarPart } from "../mail/mail-template";
import { SITE_NAME, contactEmail, siteUrl } from "../site/config";
import { eventLocation, eventTimes } from "./calendar";
import { meetingKindLabels } from "./meeting-kind";
import type { Prisma } from "../db/generated/client";
import { meetingBasicsSelect } from "./meeting-select";

/** What an invitation's calendar part reads of a meeting. */
export const invitationCalendarSelect = {
  ...meetingBasicsSelect,
  address: true,
  description: true,
  calendarSequence: true,
  updatedAt: true,
} as const satisfies Prisma.MeetingSelect;

export type InvitationMeeting = Prisma.MeetingGetPayload<{ select: typeof invitationCalendarSelect }>;

export type Attendee = { name: string; email: string };

/**
 * A one-event iCalendar (RFC 5546) for one person: METHOD:REQUEST (an invitation or its update) or
 * METHOD:CANCEL, with the network as ORGANIZER and the person as ATTENDEE (RSVP=TRUE). The UID is the one
 * the public calendar feed uses, so every program sees the same event; SEQUENCE is the meeting's
 * calendarSequence, raised on every change of date, time or place.
 */
export function invitationCalendar(meeting: InvitationMeeting, attendee: Attendee, method: "REQUEST" | "CANCEL"): CalendarPart {
  const calendar = ical({
    name: SITE_NAME,
    method: method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    prodId: { company: "Wmo transformatienetwerk", product: "website", language: "NL" },
  });
  const url = `${siteUrl()}/agenda/${meeting.slug}`;
  calendar.createEvent({
    id: `${meeting.id}@wmo-transformatienetwerk`,
    sequence: meeting.calendarSequence,
    summary: meeting.title,
    description: [meetingKindLabels[meeting.kind], meeting.description, url].filter(Boolean).join("\n\n"),
    location: eventLocation(meeting.location, meeting.address),
    url,
    stamp: meeting.updatedAt,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: SITE_NAME, email: contactEmail() },
    attendees: [{ name: attendee.name, email: attendee.email, rsvp: true, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }],
    ...eventTimes(meeting),
  });
  return { method, filename: method === "CANCEL" ? "afgelast.ics" : "uitnodiging.ics", content: calendar.toString() };
}
