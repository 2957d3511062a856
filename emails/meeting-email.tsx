import { Section } from "@react-email/components";
import type { ReactNode } from "react";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

/** The meeting as every meeting mail shows it, already written out in Dutch. */
export type MeetingDetails = { title: string; kind: string; when: string; place: string | null; description: string | null; meetingUrl: string };

export type AnswerLinks = { yesUrl: string; noUrl: string; deadline: string | null };

/** What every meeting mail takes; React Email's preview shows the examples. */
export type MeetingEmailProps = { name?: string; meeting?: MeetingDetails; answers?: AnswerLinks };

export const example = {
  name: "Anna de Vries",
  meeting: {
    title: "Voorjaarsbijeenkomst",
    kind: "Bijeenkomst",
    when: "donderdag 9 april 2026, 13.00–17.00 uur",
    place: "Stadhuis Tilburg, Stadhuisplein 130, 5038 TC Tilburg",
    description: "We praten over de toegang tot de Wmo.",
    meetingUrl: "https://example.nl/agenda/2026-04-09-voorjaarsbijeenkomst",
  },
  answers: {
    yesUrl: "https://example.nl/antwoord/m/p/s?antwoord=ja",
    noUrl: "https://example.nl/antwoord/m/p/s?antwoord=nee",
    deadline: null,
  },
} satisfies Required<MeetingEmailProps>;

/**
 * The frame of every meeting mail: "<label>: <title>" as heading, the greeting, the opening line, the meeting's
 * details, then the mail's own ending.
 */
export function MeetingEmail({
  label,
  name,
  meeting,
  opening,
  children,
}: {
  label: string;
  name: string;
  meeting: MeetingDetails;
  opening: string;
  children?: ReactNode;
}) {
  return (
    <EmailLayout preview={`${label}: ${meeting.title}, ${meeting.when}`} heading={`${label}: ${meeting.title}`}>
      <EmailText>Beste {name},</EmailText>
      <EmailText>{opening}</EmailText>
      <MeetingDetailsText meeting={meeting} />
      {children}
    </EmailLayout>
  );
}

/** What, when and where: in the body, because Outlook shows the body and not the calendar description. */
function MeetingDetailsText({ meeting }: { meeting: MeetingDetails }) {
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
