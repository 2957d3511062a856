import { EmailLayout, EmailText } from "./email-layout";
import { AnswerButtons, type AnswerLinks, type MeetingDetails, MeetingDetailsText, exampleMeeting } from "./meeting-invitation";

const exampleAnswers: AnswerLinks = {
  yesUrl: "https://example.nl/antwoord/m/p/s?antwoord=ja",
  noUrl: "https://example.nl/antwoord/m/p/s?antwoord=nee",
  deadline: null,
};

/** To invitees who have not answered yet, some days before the meeting. */
export function MeetingReminderEmail({
  name = "Anna de Vries",
  meeting = exampleMeeting,
  answers = exampleAnswers,
}: {
  name?: string;
  meeting?: MeetingDetails;
  answers?: AnswerLinks;
}) {
  return (
    <EmailLayout preview={`Herinnering: ${meeting.title}, ${meeting.when}`} heading={`Herinnering: ${meeting.title}`}>
      <EmailText>Beste {name},</EmailText>
      <EmailText>Binnenkort is deze bijeenkomst, en we weten nog niet of je komt.</EmailText>
      <MeetingDetailsText meeting={meeting} />
      <AnswerButtons answers={answers} />
    </EmailLayout>
  );
}
