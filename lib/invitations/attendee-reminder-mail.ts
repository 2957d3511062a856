import { email, type MailTemplate } from "../mail/mail-template";
import { answerUrl } from "../meetings/answer-link";
import { invitationCalendar } from "../meetings/invitation-calendar";
import { calendarMethodOf, type InvitationMailData, loadInvitee, meetingDetails } from "./invitation-mail";

export function attendeeReminderSubject(meetingTitle: string): string {
  return `Tot binnenkort: ${meetingTitle}`;
}

/**
 * The reminder to someone who said they come: the meeting as it is when sent (its address among the details), the
 * calendar part of the invitation (same UID, so it updates the agenda entry), the meeting's page for the documents
 * and a personal link to change the answer.
 */
export const meetingAttendeeReminderTemplate: MailTemplate<InvitationMailData> = {
  subject: ({ meetingTitle }) => attendeeReminderSubject(meetingTitle),
  content: async ({ tx, to, data }) => {
    const { meeting, person } = await loadInvitee(tx, to, data);
    return {
      body: email("MeetingAttendeeReminderEmail", { name: person.name, meeting: meetingDetails(meeting), answerUrl: answerUrl(meeting.id, person.id) }),
      calendar: invitationCalendar(meeting, { name: person.name, email: person.email }, calendarMethodOf(meeting)),
    };
  },
};
