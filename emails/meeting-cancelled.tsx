import { EmailLayout, EmailText } from "./email-layout";
import { type MeetingDetails, MeetingDetailsText, exampleMeeting } from "./meeting-invitation";

/** Sent to everyone invited when a meeting is called off; the calendar part removes it from their agenda. */
export function MeetingCancelledEmail({ name = "Anna de Vries", meeting = exampleMeeting }: { name?: string; meeting?: MeetingDetails }) {
  return (
    <EmailLayout preview={`Afgelast: ${meeting.title}`} heading={`Afgelast: ${meeting.title}`}>
      <EmailText>Beste {name},</EmailText>
      <EmailText>Deze bijeenkomst gaat niet door. Met de bijlage haal je haar uit je agenda.</EmailText>
      <MeetingDetailsText meeting={meeting} />
      <EmailText>Onze excuses voor het ongemak. Je hoort van ons wanneer er een nieuwe datum is.</EmailText>
    </EmailLayout>
  );
}
