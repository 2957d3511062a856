import { EmailButton, EmailLayout, EmailLinkText, EmailText } from "./email-layout";

export type RsvpConfirmationProps = {
  name: string;
  meetingTitle: string;
  when: string;
  place: string | null;
  status: "ATTENDING" | "NOT_ATTENDING" | "WAITLISTED";
  promoted?: boolean;
  /** 24-hour meetings: "Beide dagen", "met diner", … */
  details?: string[];
  waitlistPosition?: number | null;
  answerUrl: string;
  meetingUrl: string;
};

function headingOf({ status, promoted }: Pick<RsvpConfirmationProps, "status" | "promoted">) {
  if (promoted) return "Er is een plaats voor je vrijgekomen";
  if (status === "ATTENDING") return "Je komt: dat hebben we genoteerd";
  if (status === "WAITLISTED") return "Je staat op de wachtlijst";
  return "Je komt niet: dat hebben we genoteerd";
}

/** The confirmation after every answer (and after moving up from the waiting list). */
export function RsvpConfirmationEmail({
  name = "Anna de Vries",
  meetingTitle = "Netwerkbijeenkomst juni 2027",
  when = "donderdag 10 juni 2027, 13.00–17.00 uur",
  place = "Utrecht",
  status = "ATTENDING",
  promoted = false,
  details = [],
  waitlistPosition = null,
  answerUrl = "https://example.nl/antwoord/voorbeeld",
  meetingUrl = "https://example.nl/agenda/voorbeeld",
}: Partial<RsvpConfirmationProps>) {
  const heading = headingOf({ status, promoted });
  return (
    <EmailLayout preview={`${heading}: ${meetingTitle}`} heading={heading}>
      <EmailText>Beste {name},</EmailText>
      {status === "ATTENDING" && (
        <EmailText>
          {promoted ? "Iemand heeft afgezegd, dus je bent van de wachtlijst naar de deelnemers gegaan. " : ""}
          Je komt naar {meetingTitle} op {when}
          {place ? ` in ${place}` : ""}. In de bijlage staat de uitnodiging voor je agenda.
        </EmailText>
      )}
      {status === "WAITLISTED" && (
        <EmailText>
          Alle plaatsen voor {meetingTitle} op {when} zijn bezet. Je staat op de wachtlijst{waitlistPosition ? ` (nummer ${waitlistPosition})` : ""}. Komt er
          een plaats vrij, dan krijg je meteen bericht.
        </EmailText>
      )}
      {status === "NOT_ATTENDING" && (
        <EmailText>
          Je komt niet naar {meetingTitle} op {when}. Stond de bijeenkomst in je agenda, dan haalt de bijlage haar eruit.
        </EmailText>
      )}
      {details.length > 0 && <EmailText>Je keuzes: {details.join(", ")}.</EmailText>}
      <EmailText>Wil je je antwoord veranderen? Dat kan met de knop hieronder.</EmailText>
      <EmailButton href={answerUrl}>Antwoord veranderen</EmailButton>
      <EmailLinkText href={answerUrl} />
      <EmailText>Meer over de bijeenkomst: {meetingUrl}</EmailText>
    </EmailLayout>
  );
}
