import { EmailLayout, EmailText } from "./email-layout";
import { AnswerButtons, type AnswerLinks, type MeetingDetails, MeetingDetailsText, exampleMeeting } from "./meeting-invitation";

const exampleAnswers: AnswerLinks = {
  yesUrl: "https://example.nl/antwoord/m/p/s?antwoord=ja",
  noUrl: "https://example.nl/antwoord/m/p/s?antwoord=nee",
  deadline: null,
};

/** Sent to everyone invited when the date, time or place changes; the calendar part updates the same event. */
export function MeetingUpdateEmail({
  name = "Anna de Vries",
  meeting = exampleMeeting,
  answers = exampleAnswers,
}: {
  name?: string;
  meeting?: MeetingDetails;
  answers?: AnswerLinks;
}) {
  return (
    <EmailLayout preview={`Gewijzigd: ${meeting.title}, ${meeting.when}`} heading={`Gewijzigd: ${meeting.title}`}>
      <EmailText>Beste {name},</EmailText>
      <EmailText>De datum, de tijd of de plaats van deze bijeenkomst is gewijzigd. Dit zijn de gegevens zoals ze nu zijn.</EmailText>
      <MeetingDetailsText meeting={meeting} />
      <EmailText>Past het je nu niet meer, of juist wel? Laat het ons weten.</EmailText>
      <AnswerButtons answers={answers} />
      <EmailText>In de bijlage zit de bijgewerkte uitnodiging voor je agenda.</EmailText>
    </EmailLayout>
  );
}
