import { EmailButton, EmailLinkText, EmailText } from "./email-layout";
import { example, MeetingEmail, type MeetingDetails } from "./meeting-email";

export type MeetingAttendeeReminderProps = { name?: string; meeting?: MeetingDetails; answerUrl?: string };

/**
 * To those who said they come, some days before the meeting: when and where (the address), the calendar file in the
 * attachment, and the meeting's page with its programme and documents.
 */
export function MeetingAttendeeReminderEmail({
  name = example.name,
  meeting = example.meeting,
  answerUrl = "https://example.nl/antwoord/m/p/s",
}: MeetingAttendeeReminderProps) {
  return (
    <MeetingEmail
      label="Tot binnenkort"
      name={name}
      meeting={meeting}
      opening="Je hebt laten weten dat je komt: binnenkort is het zover. In de bijlage staat de bijeenkomst voor je agenda."
    >
      <EmailText>Het programma en de documenten staan op de pagina van de bijeenkomst (log in om de documenten te openen).</EmailText>
      <EmailButton href={meeting.meetingUrl}>Programma en documenten</EmailButton>
      <EmailLinkText href={meeting.meetingUrl} />
      <EmailText>Kun je toch niet komen? Laat het ons weten, dan kan iemand anders je plaats krijgen: {answerUrl}</EmailText>
    </MeetingEmail>
  );
}
