import { EmailText } from "./email-layout";
import { AnswerButtons, example, MeetingEmail, type MeetingEmailProps } from "./meeting-email";

export function MeetingInvitationEmail({ name = example.name, meeting = example.meeting, answers = example.answers }: MeetingEmailProps) {
  return (
    <MeetingEmail label="Uitnodiging" name={name} meeting={meeting} opening="Het Wmo transformatienetwerk nodigt je van harte uit voor deze bijeenkomst.">
      <AnswerButtons answers={answers} />
      <EmailText>In de bijlage zit de uitnodiging voor je agenda.</EmailText>
    </MeetingEmail>
  );
}
