import { MeetingCancelledEmail } from "../../emails/meeting-cancelled";
import type { MeetingDetails } from "../../emails/meeting-email";
import { MeetingInvitationEmail } from "../../emails/meeting-invitation";
import { MeetingReminderEmail } from "../../emails/meeting-reminder";
import { MeetingUpdateEmail } from "../../emails/meeting-update";
import { formatDate, formatDateRange, formatTime, formatTimeRange } from "../format/dates";
import { renderEmail } from "../mail/render-email";
import type { RenderedMail } from "../mail/templates";
import { answerUrl } from "../meetings/answer-link";
import { eventLocation } from "../meetings/calendar";
import { invitationCalendar } from "../meetings/invitation-calendar";
import { meetingKindLabels } from "../meetings/meeting-kind";
import { siteUrl } from "../site/config";
import type { InvitationMeetingRow } from "./invitation-meeting";

export type InvitationMailKind = "invitation" | "update" | "cancelled" | "reminder";
export type Invitee = { id: string; name: string; email: string };

export function meetingDetails(meeting: InvitationMeetingRow): MeetingDetails {
  const days = formatDateRange(meeting.startsAt, meeting.endsAt);
  return {
    title: meeting.title,
    kind: meetingKindLabels[meeting.kind],
    when: meeting.timesAnnounced ? `${days}, ${formatTimeRange(meeting.startsAt, meeting.endsAt)}` : days,
    place: eventLocation(meeting.location, meeting.address) ?? null,
    description: meeting.description,
    meetingUrl: `${siteUrl()}/agenda/${meeting.slug}`,
  };
}

function answersOf(meeting: InvitationMeetingRow, person: Invitee) {
  const deadline = meeting.answerDeadline ? `${formatDate(meeting.answerDeadline)} ${formatTime(meeting.answerDeadline)} uur` : null;
  return { yesUrl: answerUrl(meeting.id, person.id, "ja"), noUrl: answerUrl(meeting.id, person.id, "nee"), deadline };
}

export function invitationSubject(kind: InvitationMailKind, title: string): string {
  const prefix = { invitation: "Uitnodiging", update: "Gewijzigd", cancelled: "Afgelast", reminder: "Herinnering" }[kind];
  return `${prefix}: ${title}`;
}

/** One person's invitation mail as sent: HTML, plain text and the calendar part (REQUEST, or CANCEL when called off). */
export async function renderInvitationMail(kind: InvitationMailKind, meeting: InvitationMeetingRow, person: Invitee): Promise<RenderedMail> {
  const details = meetingDetails(meeting);
  const subject = invitationSubject(kind, meeting.title);
  const attendee = { name: person.name, email: person.email };
  if (kind === "cancelled") {
    const mail = await renderEmail(subject, <MeetingCancelledEmail name={person.name} meeting={details} />);
    return { ...mail, calendar: invitationCalendar(meeting, attendee, "CANCEL") };
  }
  const answers = answersOf(meeting, person);
  const element =
    kind === "update" ? (
      <MeetingUpdateEmail name={person.name} meeting={details} answers={answers} />
    ) : kind === "reminder" ? (
      <MeetingReminderEmail name={person.name} meeting={details} answers={answers} />
    ) : (
      <MeetingInvitationEmail name={person.name} meeting={details} answers={answers} />
    );
  const mail = await renderEmail(subject, element);
  // A meeting cancelled after this message was queued: the calendar part must not put it back in the agenda.
  const method = meeting.cancelledAt ? "CANCEL" : "REQUEST";
  return { ...mail, calendar: invitationCalendar(meeting, attendee, method) };
}
