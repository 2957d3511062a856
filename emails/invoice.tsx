import { EmailLayout, EmailText } from "./email-layout";

type Props = {
  kind: "invoice" | "credit-note" | "reminder";
  contactName?: string | null;
  municipality?: string;
  number?: string;
  amount?: string;
  dueOn?: string;
  creditedNumber?: string | null;
  iban?: string;
  withEInvoice?: boolean;
};

const headings = { invoice: "Factuur", "credit-note": "Creditnota", reminder: "Herinnering: factuur nog niet betaald" };

/** The mail that carries an invoice, a credit note or a payment reminder; the documents themselves are attached. */
export function InvoiceEmail({
  kind = "invoice",
  contactName = "mevrouw De Vries",
  municipality = "Gemeente Tilburg",
  number = "2027-0001",
  amount = "€ 500,00",
  dueOn = "14 februari 2027",
  creditedNumber = null,
  iban = "NL91ABNA0417164300",
  withEInvoice = false,
}: Props) {
  return (
    <EmailLayout preview={`${headings[kind]} ${number} van het Wmo transformatienetwerk`} heading={`${headings[kind]} ${number}`}>
      <EmailText>Beste {contactName ?? "heer of mevrouw"},</EmailText>
      {kind === "invoice" && (
        <EmailText>
          In de bijlage vindt u factuur {number} voor de organisatiekosten van {municipality} in het Wmo transformatienetwerk: {amount}. Wij vragen u het bedrag
          vóór {dueOn} over te maken op {iban}, onder vermelding van het factuurnummer.
        </EmailText>
      )}
      {kind === "credit-note" && (
        <EmailText>
          In de bijlage vindt u creditnota {number}. Die vervalt factuur {creditedNumber} van {municipality} ({amount}); u hoeft die factuur niet (meer) te
          betalen.
        </EmailText>
      )}
      {kind === "reminder" && (
        <EmailText>
          Volgens onze administratie is factuur {number} van {municipality} ({amount}, te betalen vóór {dueOn}) nog niet betaald. Wilt u het bedrag overmaken op{" "}
          {iban}, onder vermelding van het factuurnummer? Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen. De factuur zit nogmaals in
          de bijlage.
        </EmailText>
      )}
      {withEInvoice && <EmailText>De e-factuur (UBL) zit ook in de bijlage, voor verwerking in uw financiële systeem.</EmailText>}
      <EmailText>Met vriendelijke groet, het secretariaat van het Wmo transformatienetwerk</EmailText>
    </EmailLayout>
  );
}
