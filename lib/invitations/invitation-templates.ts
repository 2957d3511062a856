import type { MailTemplate } from "../mail/templates";
import { invitationMeetingSelect } from "./invitation-meeting";
import { type InvitationMailKind, renderInvitationMail } from "./render-invitation-mail";

/** A template rendered when the message is sent, from { meetingId, userId }: always the meeting as it is then. */
function invitationTemplate(kind: InvitationMailKind): MailTemplate {
  return async ({ tx, to, data }) => {
    const meetingId = String(data.meetingId);
    const userId = String(data.userId);
    const [meeting, user] = await Promise.all([
      tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: invitationMeetingSelect }),
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } }),
    ]);
    return renderInvitationMail(kind, meeting, { id: user.id, name: user.name, email: to });
  };
}

export const invitationMailTemplates: Record<string, MailTemplate> = {
  "meeting-invitation": invitationTemplate("invitation"),
  "meeting-update": invitationTemplate("update"),
  "meeting-cancelled": invitationTemplate("cancelled"),
  "meeting-reminder": invitationTemplate("reminder"),
};
