import { formatDateRange, formatTimeRange } from "../format/dates";
import { email, type MailTemplate } from "../mail/mail-template";
import { siteUrl } from "../site/config";
import { answerUrl } from "./answer-link";
import { invitationCalendar, invitationCalendarSelect } from "./invitation-calendar";
import { rsvpDetailsSummary } from "./rsvp-details-summary";
import type { RsvpMailData } from "./rsvp-mail-data";

/**
 * Renders an answer's confirmation when it is sent: the meeting as it is then, with the calendar file
 * (REQUEST for "yes", CANCEL for "no", none on the waiting list) and a fresh personal answer link.
 */
export const rsvpConfirmationTemplate: MailTemplate<RsvpMailData> = {
  subject: ({ meetingTitle, promoted }) => (promoted ? `Er is een plaats vrij: ${meetingTitle}` : `Je antwoord voor ${meetingTitle} is genoteerd`),
  content: async ({ tx, data: { meetingId, userId, status, promoted } }) => {
    // One after another: a transaction runs one statement at a time.
    const meeting = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: invitationCalendarSelect,
    });
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    const rsvp = await tx.rsvp.findUnique({
      where: { userId_meetingId: { userId, meetingId } },
      select: { waitlistedAt: true, days: true, dinner: true, overnight: true, dietaryWishes: true },
    });
    const waitlistPosition =
      status === "WAITLISTED" && rsvp?.waitlistedAt
        ? await tx.rsvp.count({ where: { meetingId, status: "WAITLISTED", waitlistedAt: { lte: rsvp.waitlistedAt } } })
        : null;
    const when = `${formatDateRange(meeting.startsAt, meeting.endsAt)}${meeting.timesAnnounced ? `, ${formatTimeRange(meeting.startsAt, meeting.endsAt)}` : ""}`;
    const body = email("RsvpConfirmationEmail", {
      name: person.name,
      meetingTitle: meeting.title,
      when,
      place: meeting.location,
      status,
      promoted,
      details: meeting.kind === "TWENTY_FOUR_HOUR" && rsvp && status !== "NOT_ATTENDING" ? rsvpDetailsSummary(rsvp) : [],
      waitlistPosition,
      answerUrl: answerUrl(meetingId, userId),
      meetingUrl: `${siteUrl()}/agenda/${meeting.slug}`,
    });
    if (status === "WAITLISTED") return { body };
    const attendee = { name: person.name, email: person.email ?? "" };
    return { body, calendar: invitationCalendar(meeting, attendee, status === "ATTENDING" ? "REQUEST" : "CANCEL") };
  },
};
