import type { Prisma } from "../db/generated/client";
import type { TemplateName } from "../mail/templates";
import type { InvitationMailKind } from "./invitation-mail";
import { invitationCalendarSelect } from "../meetings/invitation-calendar";

/** What every invitation mail and the invitation page read of a meeting. */
export const invitationMeetingSelect = {
  ...invitationCalendarSelect,
  published: true,
  cancelledAt: true,
  demo: true,
  answerDeadline: true,
} as const satisfies Prisma.MeetingSelect;

export type InvitationMeetingRow = Prisma.MeetingGetPayload<{ select: typeof invitationMeetingSelect }>;

/** Why invitations for a meeting cannot be sent now, or null when they can. */
export function notSendableReason(meeting: { published: boolean; cancelledAt: Date | null; endsAt: Date; demo: boolean }, now = new Date()): string | null {
  if (meeting.demo) return "Dit is een voorbeeldbijeenkomst: daar gaan geen uitnodigingen voor uit.";
  if (meeting.cancelledAt) return "Deze bijeenkomst is afgelast: er kunnen geen uitnodigingen meer worden verstuurd.";
  if (!meeting.published) return "Deze bijeenkomst is nog een concept: publiceer haar eerst, dan kun je uitnodigen.";
  if (meeting.endsAt <= now) return "Deze bijeenkomst is al voorbij: er kunnen geen uitnodigingen meer worden verstuurd.";
  return null;
}

/** The mail templates of an invitation's life (lib/mail/templates.ts). */
export const invitationTemplates = {
  invitation: "meeting-invitation",
  update: "meeting-update",
  cancelled: "meeting-cancelled",
  reminder: "meeting-reminder",
} as const satisfies Record<InvitationMailKind, TemplateName>;

/** The reminder to those who said they come (lib/invitations/send-attendee-reminders.ts). */
export const attendeeReminderTemplate = "meeting-attendee-reminder" as const satisfies TemplateName;
