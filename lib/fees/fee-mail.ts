import { formatEurosWithCents } from "../format/money";
import { email, type MailAttachment, type MailTemplate } from "../mail/mail-template";
import { eInvoiceRefusal } from "./einvoice-refusal";
import { formatInvoiceDate } from "./invoice-format";
import { buyerLegalName, type InvoiceDocument } from "./invoice-snapshot";
import { invoiceFileName, loadInvoiceDocument } from "./load-invoice-document";

// The invoice's files are made when the message is sent, from the invoice as issued, so the queue holds no binaries.

type InvoiceMailKind = "invoice" | "credit-note" | "reminder";

async function invoiceAttachments(document: InvoiceDocument, withEInvoice: boolean): Promise<MailAttachment[]> {
  // Loaded when an invoice is sent, not with every page that queues mail (PDFKit is large).
  const [{ renderInvoicePdf }, { renderInvoiceUbl }] = await Promise.all([import("./invoice-pdf"), import("./invoice-ubl")]);
  const pdf: MailAttachment = { filename: invoiceFileName(document, "pdf"), contentType: "application/pdf", content: await renderInvoicePdf(document) };
  if (!withEInvoice) return [pdf];
  return [pdf, { filename: invoiceFileName(document, "xml"), contentType: "application/xml", content: renderInvoiceUbl(document) }];
}

/** An invoice, a credit note or a payment reminder, with the invoice's PDF and, where the buyer takes them, its e-invoice. */
export const invoiceTemplate: MailTemplate<{ kind: InvoiceMailKind; invoiceId: string; number: string }> = {
  subject: ({ kind, number }) => {
    if (kind === "credit-note") return `Creditnota ${number} Wmo transformatienetwerk`;
    if (kind === "reminder") return `Herinnering: factuur ${number} Wmo transformatienetwerk`;
    return `Factuur ${number} Wmo transformatienetwerk`;
  },
  content: async ({ tx, data: { kind, invoiceId } }) => {
    const loaded = await loadInvoiceDocument(tx, invoiceId);
    if (!loaded) throw new Error(`Factuur ${invoiceId} bestaat niet meer.`);
    const { document } = loaded;
    // An invoice sent before e-invoices were checked (December 2026) may lack what one needs: then the PDF goes alone.
    const withEInvoice = loaded.withEInvoice && !eInvoiceRefusal(document);
    return {
      body: email("InvoiceEmail", {
        kind,
        contactName: document.buyer.contactName,
        municipality: buyerLegalName(document.buyer).replace(/^Gemeente/, "gemeente"),
        number: document.number,
        amount: formatEurosWithCents(document.amountCents),
        dueOn: formatInvoiceDate(document.dueOn),
        creditedNumber: document.credits?.number ?? null,
        iban: document.seller.iban,
        withEInvoice,
      }),
      attachments: await invoiceAttachments(document, withEInvoice),
    };
  },
};

/** The yearly question whether a municipality (or a person with their own membership) takes part again. */
export const renewalTemplate: MailTemplate<{ year: number; contactName: string | null; municipalities: string[]; amountCents: number | null }> = {
  subject: ({ year }) => `Deelname aan het Wmo transformatienetwerk in ${year}`,
  content: ({ data: { year, contactName, municipalities, amountCents } }) => ({
    body: email("MembershipRenewalEmail", {
      year,
      contactName,
      municipalities,
      amount: amountCents === null ? null : formatEurosWithCents(amountCents),
    }),
  }),
};
