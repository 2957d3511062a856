import { EmailText } from "./email-layout";
import { example, MeetingEmail, type MeetingEmailProps } from "./meeting-email";

/** Sent to everyone invited when a meeting is called off; the calendar part removes it from their agenda. */
export function MeetingCancelledEmail({ name = example.name, meeting = example.meeting }: Omit<MeetingEmailProps, "answers">) {
  return (
    <MeetingEmail label="Afgelast" name={name} meeting={meeting} opening="Deze bijeenkomst gaat niet door. Met de bijlage haal je haar uit je agenda.">
      <EmailText>Onze excuses voor het ongemak. Je hoort van ons wanneer er een nieuwe datum is.</EmailText>
    </MeetingEmail>
  );
}
