import { InvoiceEmail } from "@/emails/invoice";
import { MembershipRenewalEmail } from "@/emails/membership-renewal";
import { formatEurosWithCents } from "../format/money";
import type { TemplateMail } from "../mail/outbox";
import { renderEmail } from "../mail/render-email";
import type { MailAttachment, MailTemplate } from "../mail/templates";
import { eInvoiceRefusal } from "./einvoice-refusal";
import { formatInvoiceDate } from "./invoice-format";
import { buyerLegalName, type InvoiceDocument } from "./invoice-snapshot";
import { renderInvoicePdf } from "./invoice-pdf";
import { renderInvoiceUbl } from "./invoice-ubl";
import { invoiceFileName, loadInvoiceDocument } from "./load-invoice-document";

// The invoice's files are made when the message is sent, from the invoice as issued, so the queue holds no binaries.

type InvoiceMailKind = "invoice" | "credit-note" | "reminder";

function subjectOf(kind: InvoiceMailKind, number: string) {
  if (kind === "credit-note") return `Creditnota ${number} Wmo transformatienetwerk`;
  if (kind === "reminder") return `Herinnering: factuur ${number} Wmo transformatienetwerk`;
  return `Factuur ${number} Wmo transformatienetwerk`;
}

export function invoiceMail(kind: InvoiceMailKind, invoice: { id: string; number: string }): TemplateMail {
  return { subject: subjectOf(kind, invoice.number), template: "invoice", data: { kind, invoiceId: invoice.id } };
}

export async function invoiceAttachments(document: InvoiceDocument, withEInvoice: boolean): Promise<MailAttachment[]> {
  const pdf: MailAttachment = { filename: invoiceFileName(document, "pdf"), contentType: "application/pdf", content: await renderInvoicePdf(document) };
  if (!withEInvoice) return [pdf];
  return [pdf, { filename: invoiceFileName(document, "xml"), contentType: "application/xml", content: renderInvoiceUbl(document) }];
}

const invoiceTemplate: MailTemplate = async ({ tx, data }) => {
  const kind = String(data.kind) as InvoiceMailKind;
  const loaded = await loadInvoiceDocument(tx, String(data.invoiceId));
  if (!loaded) throw new Error(`Factuur ${String(data.invoiceId)} bestaat niet meer.`);
  const { document } = loaded;
  // An invoice sent before e-invoices were checked (December 2026) may lack what one needs: then the PDF goes alone.
  const withEInvoice = loaded.withEInvoice && !eInvoiceRefusal(document);
  const rendered = await renderEmail(
    subjectOf(kind, document.number),
    <InvoiceEmail
      kind={kind}
      contactName={document.buyer.contactName}
      municipality={buyerLegalName(document.buyer).replace(/^Gemeente/, "gemeente")}
      number={document.number}
      amount={formatEurosWithCents(document.amountCents)}
      dueOn={formatInvoiceDate(document.dueOn)}
      creditedNumber={document.credits?.number ?? null}
      iban={document.seller.iban}
      withEInvoice={withEInvoice}
    />,
  );
  return { ...rendered, attachments: await invoiceAttachments(document, withEInvoice) };
};

export const RENEWAL_TEMPLATE = "membership-renewal";

export function renewalMail(input: { year: number; contactName: string | null; municipalities: string[]; amountCents: number | null }): TemplateMail {
  return { subject: `Deelname aan het Wmo transformatienetwerk in ${input.year}`, template: RENEWAL_TEMPLATE, data: input };
}

const renewalTemplate: MailTemplate = async ({ data }) => {
  const year = Number(data.year);
  const amountCents = typeof data.amountCents === "number" ? data.amountCents : null;
  return renderEmail(
    `Deelname aan het Wmo transformatienetwerk in ${year}`,
    <MembershipRenewalEmail
      year={year}
      contactName={typeof data.contactName === "string" ? data.contactName : null}
      municipalities={Array.isArray(data.municipalities) ? data.municipalities.map(String) : []}
      amount={amountCents === null ? null : formatEurosWithCents(amountCents)}
    />,
  );
};

export const feeMailTemplates: Record<string, MailTemplate> = { invoice: invoiceTemplate, [RENEWAL_TEMPLATE]: renewalTemplate };
