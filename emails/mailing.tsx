import { Link, Section } from "@react-email/components";
import Markdown from "react-markdown";
import { safeUrl } from "../components/articles/markdown-body";
import { EmailLayout, EmailText } from "./email-layout";

type Props = { subject: string; body: string; name: string; attachmentName?: string | null; unsubscribeUrl: string };

const bodyStyle = { fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

/** A mailing of the network: the secretary's Markdown (no HTML of its own), and how to stop receiving mailings. */
export function MailingEmail({
  subject = "Nieuws uit het netwerk",
  body = "Beste deelnemers,\n\nDe volgende bijeenkomst is op **12 maart**.",
  name = "Anna de Vries",
  attachmentName = null,
  unsubscribeUrl = "https://example.nl/berichten/afmelden/voorbeeld",
}: Partial<Props>) {
  return (
    <EmailLayout preview={subject} heading={subject}>
      <EmailText>Beste {name},</EmailText>
      <Section style={bodyStyle}>
        <Markdown skipHtml urlTransform={safeUrl} components={{ h1: "h2", h2: "h3", h3: "h4" }}>
          {body}
        </Markdown>
      </Section>
      {attachmentName && <EmailText>Bijgevoegd: {attachmentName}</EmailText>}
      <EmailText>
        <small>
          Je krijgt dit bericht van de secretaris van het Wmo transformatienetwerk. Uitnodigingen voor bijeenkomsten en facturen blijven komen, ook als je je
          afmeldt voor berichten.
        </small>
      </EmailText>
      {/* The link ends its paragraph: no full stop after it for a mail program to take into the address. */}
      <EmailText>
        <small>
          Geen berichten meer ontvangen?{" "}
          <Link href={unsubscribeUrl} style={{ color: "#0f5574" }}>
            Meld je af voor berichten
          </Link>
        </small>
      </EmailText>
    </EmailLayout>
  );
}
