import { AnswerButtons, example, MeetingEmail, type MeetingEmailProps } from "./meeting-email";

/** To invitees who have not answered yet, some days before the meeting. */
export function MeetingReminderEmail({ name = example.name, meeting = example.meeting, answers = example.answers }: MeetingEmailProps) {
  return (
    <MeetingEmail label="Herinnering" name={name} meeting={meeting} opening="Binnenkort is deze bijeenkomst, en we weten nog niet of je komt.">
      <AnswerButtons answers={answers} />
    </MeetingEmail>
  );
}
