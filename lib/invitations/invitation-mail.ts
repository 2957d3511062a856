import type { MeetingDetails } from "../../emails/meeting-email";
import { formatDate, formatDateRange, formatTime, formatTimeRange } from "../format/dates";
import type { Prisma } from "../db/generated/client";
import { email, type MailContent, type MailTemplate } from "../mail/mail-template";
import { answerUrl } from "../meetings/answer-link";
import { eventLocation } from "../meetings/calendar";
import { invitationCalendar } from "../meetings/invitation-calendar";
import { meetingKindLabels } from "../meetings/meeting-kind";
import { siteUrl } from "../site/config";
import { invitationMeetingSelect, type InvitationMeetingRow } from "./invitation-meeting";

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

/** One person's invitation mail: the body and the calendar part (REQUEST, or CANCEL when called off). */
export function invitationContent(kind: InvitationMailKind, meeting: InvitationMeetingRow, person: Invitee): MailContent {
  const details = meetingDetails(meeting);
  const attendee = { name: person.name, email: person.email };
  if (kind === "cancelled") {
    return { body: email("MeetingCancelledEmail", { name: person.name, meeting: details }), calendar: invitationCalendar(meeting, attendee, "CANCEL") };
  }
  const answers = answersOf(meeting, person);
  const emailName = ({ invitation: "MeetingInvitationEmail", update: "MeetingUpdateEmail", reminder: "MeetingReminderEmail" } as const)[kind];
  return {
    body: email(emailName, { name: person.name, meeting: details, answers }),
    calendar: invitationCalendar(meeting, attendee, calendarMethodOf(meeting)),
  };
}

/** What the outbox keeps of an invitation mail: the title only for its subject; the body shows the meeting as it is when sent. */
export type InvitationMailData = { meetingId: string; userId: string; meetingTitle: string };

/** The meeting as it is when the message is sent, and the person it goes to (at the address it was queued for). */
export async function loadInvitee(tx: Prisma.TransactionClient, to: string, { meetingId, userId }: InvitationMailData) {
  const [meeting, user] = await Promise.all([
    tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: invitationMeetingSelect }),
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } }),
  ]);
  return { meeting, person: { id: user.id, name: user.name, email: to } satisfies Invitee };
}

/** REQUEST puts the meeting in the agenda; a meeting cancelled after the message was queued must not be put back. */
export function calendarMethodOf(meeting: { cancelledAt: Date | null }) {
  return meeting.cancelledAt ? "CANCEL" : "REQUEST";
}

function invitationTemplate(kind: InvitationMailKind): MailTemplate<InvitationMailData> {
  return {
    subject: ({ meetingTitle }) => invitationSubject(kind, meetingTitle),
    content: async ({ tx, to, data }) => {
      const { meeting, person } = await loadInvitee(tx, to, data);
      return invitationContent(kind, meeting, person);
    },
  };
}

export const meetingInvitationTemplate = invitationTemplate("invitation");
export const meetingUpdateTemplate = invitationTemplate("update");
export const meetingCancelledTemplate = invitationTemplate("cancelled");
export const meetingReminderTemplate = invitationTemplate("reminder");
