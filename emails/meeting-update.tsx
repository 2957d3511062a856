import { EmailText } from "./email-layout";
import { AnswerButtons, example, MeetingEmail, type MeetingEmailProps } from "./meeting-email";

/** Sent to everyone invited when the date, time or place changes; the calendar part updates the same event. */
export function MeetingUpdateEmail({ name = example.name, meeting = example.meeting, answers = example.answers }: MeetingEmailProps) {
  return (
    <MeetingEmail
      label="Gewijzigd"
      name={name}
      meeting={meeting}
      opening="De datum, de tijd of de plaats van deze bijeenkomst is gewijzigd. Dit zijn de gegevens zoals ze nu zijn."
    >
      <EmailText>Past het je nu niet meer, of juist wel? Laat het ons weten.</EmailText>
      <AnswerButtons answers={answers} />
      <EmailText>In de bijlage zit de bijgewerkte uitnodiging voor je agenda.</EmailText>
    </MeetingEmail>
  );
}
