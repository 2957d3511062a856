import { Section } from "@react-email/components";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

/** The meeting as every invitation mail shows it, already written out in Dutch. */
export type MeetingDetails = { title: string; kind: string; when: string; place: string | null; description: string | null; meetingUrl: string };

export type AnswerLinks = { yesUrl: string; noUrl: string; deadline: string | null };

export const exampleMeeting: MeetingDetails = {
  title: "Voorjaarsbijeenkomst",
  kind: "Bijeenkomst",
  when: "donderdag 9 april 2026, 13.00–17.00 uur",
  place: "Stadhuis Tilburg, Stadhuisplein 130, 5038 TC Tilburg",
  description: "We praten over de toegang tot de Wmo.",
  meetingUrl: "https://example.nl/agenda/2026-04-09-voorjaarsbijeenkomst",
};

const exampleAnswers: AnswerLinks = {
  yesUrl: "https://example.nl/antwoord/m/p/s?antwoord=ja",
  noUrl: "https://example.nl/antwoord/m/p/s?antwoord=nee",
  deadline: null,
};

/** What, when and where: in the body, because Outlook shows the body and not the calendar description. */
export function MeetingDetailsText({ meeting }: { meeting: MeetingDetails }) {
  return (
    <Section>
      <EmailText>
        <strong>Wat:</strong> {meeting.kind} “{meeting.title}”
        <br />
        <strong>Wanneer:</strong> {meeting.when}
        {meeting.place && (
          <>
            <br />
            <strong>Waar:</strong> {meeting.place}
          </>
        )}
      </EmailText>
      {meeting.description && <EmailText>{meeting.description}</EmailText>}
      <EmailText>Meer over de bijeenkomst, het programma en de documenten: {meeting.meetingUrl}</EmailText>
    </Section>
  );
}

/** Two personal buttons; the page they open records the answer only when the person presses its button. */
export function AnswerButtons({ answers }: { answers: AnswerLinks }) {
  return (
    <Section>
      <EmailText>
        Laat je weten of je komt?
        {answers.deadline ? ` Je kunt je antwoord wijzigen tot ${answers.deadline}.` : " Je kunt je antwoord later nog wijzigen."}
      </EmailText>
      <EmailButton href={answers.yesUrl}>Ik kom</EmailButton> <EmailButton href={answers.noUrl}>Ik kom niet</EmailButton>
      <EmailText>Werken de knoppen niet? Open dan een van deze links.</EmailText>
      <EmailText>Ik kom: {answers.yesUrl}</EmailText>
      <EmailText>Ik kom niet: {answers.noUrl}</EmailText>
    </Section>
  );
}

export function MeetingInvitationEmail({
  name = "Anna de Vries",
  meeting = exampleMeeting,
  answers = exampleAnswers,
}: {
  name?: string;
  meeting?: MeetingDetails;
  answers?: AnswerLinks;
}) {
  return (
    <EmailLayout preview={`Uitnodiging: ${meeting.title}, ${meeting.when}`} heading={`Uitnodiging: ${meeting.title}`}>
      <EmailText>Beste {name},</EmailText>
      <EmailText>Het Wmo transformatienetwerk nodigt je van harte uit voor deze bijeenkomst.</EmailText>
      <MeetingDetailsText meeting={meeting} />
      <AnswerButtons answers={answers} />
      <EmailText>In de bijlage zit de uitnodiging voor je agenda.</EmailText>
    </EmailLayout>
  );
}
