import PDFDocument from "pdfkit";
import { formatEurosWithCents } from "../format/money";
import { formatIban, formatInvoiceDate } from "./invoice-format";
import { buyerAddressLines, buyerLegalName, type InvoiceDocument, type VatTreatment } from "./invoice-snapshot";
import { STANDARD_VAT_PERCENT, vatBreakdown, vatLine } from "./invoicing-config";

const MARGIN = 56;
const PAGE_WIDTH = 595.28; // A4
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const SELLER_COLUMN_X = 330;
const VALUE_COLUMN_X = MARGIN + 170;
const TOTALS_LABEL_X = 320;
const AMOUNT_COLUMN_WIDTH = 110;
const AMOUNT_COLUMN_X = PAGE_WIDTH - MARGIN - AMOUNT_COLUMN_WIDTH;
const amountColumn = { width: AMOUNT_COLUMN_WIDTH, align: "right" } as const;

const vatTotalsLabel: Record<VatTreatment, string> = {
  "outside-scope": "Btw: niet onderworpen",
  exempt: "Btw: vrijgesteld",
  standard: `Btw ${STANDARD_VAT_PERCENT} %`,
};

/**
 * The invoice or credit note as an A4 PDF in pdfkit's built-in Helvetica, tagged for screen readers. The same
 * document always gives the same bytes: the PDF's dates are the issue date, never the time of rendering.
 */
export function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const isCredit = doc.kind === "CREDIT_NOTE";
  const title = isCredit ? "Creditnota" : "Factuur";
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: "nl-NL",
    displayTitle: true,
    info: {
      Title: `${title} ${doc.number} – ${doc.description}`,
      Author: doc.seller.name,
      CreationDate: new Date(`${doc.issuedOn}T12:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const rendered = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const structure = pdf.struct("Document");
  pdf.addStructure(structure);
  const write = (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}) => {
    pdf.text(text, x, y, { structParent: structure, ...options });
    return pdf.y;
  };
  const rule = (y: number) => {
    pdf.markContent("Artifact");
    pdf
      .moveTo(MARGIN, y)
      .lineTo(PAGE_WIDTH - MARGIN, y)
      .lineWidth(0.5)
      .strokeColor("#888888")
      .stroke();
    pdf.endMarkedContent();
  };

  const { seller, buyer } = doc;
  pdf.font("Helvetica-Bold").fontSize(16);
  write(seller.name, MARGIN, MARGIN, { width: SELLER_COLUMN_X - MARGIN - 20 });
  pdf.font("Helvetica").fontSize(9);
  const sellerLines = [
    seller.street,
    `${seller.postcode} ${seller.city}`,
    seller.email,
    `IBAN ${formatIban(seller.iban)}`,
    seller.bic && `BIC ${seller.bic}`,
    seller.kvkNumber && `KvK ${seller.kvkNumber}`,
    seller.vatId && `Btw-id ${seller.vatId}`,
  ].filter((line) => line !== null);
  write(sellerLines.join("\n"), SELLER_COLUMN_X, MARGIN, { width: PAGE_WIDTH - MARGIN - SELLER_COLUMN_X });

  pdf.font("Helvetica-Bold").fontSize(10);
  let y = write(buyerLegalName(buyer), MARGIN, 150, { width: 260 });
  pdf.font("Helvetica");
  const buyerLines = [buyer.contactName && `t.a.v. ${buyer.contactName}`, ...buyerAddressLines(buyer)].filter((line) => !!line);
  if (buyerLines.length > 0) y = write(buyerLines.join("\n"), MARGIN, y, { width: 260 });

  pdf.font("Helvetica-Bold").fontSize(20);
  y = write(title, MARGIN, Math.max(y + 30, 260), { structType: "H1" }) + 12;

  pdf.fontSize(10);
  const details: [string, string][] = [
    [isCredit ? "Creditnotanummer" : "Factuurnummer", doc.number],
    [isCredit ? "Creditnotadatum" : "Factuurdatum", formatInvoiceDate(doc.issuedOn)],
  ];
  if (!isCredit) details.push(["Vervaldatum", formatInvoiceDate(doc.dueOn)]);
  if (buyer.purchaseOrderNumber) details.push(["Opdrachtnummer", buyer.purchaseOrderNumber]);
  if (doc.credits) {
    details.push(["Crediteert", `factuur ${doc.credits.number} van ${formatInvoiceDate(doc.credits.issuedOn)}`]);
  }
  if (doc.reason) details.push(["Reden", doc.reason]);
  for (const [label, value] of details) {
    pdf.font("Helvetica-Bold");
    const labelEnd = write(label, MARGIN, y, { width: VALUE_COLUMN_X - MARGIN - 10 });
    pdf.font("Helvetica");
    y = Math.max(labelEnd, write(value, VALUE_COLUMN_X, y, { width: PAGE_WIDTH - MARGIN - VALUE_COLUMN_X })) + 4;
  }

  const sign = isCredit ? -1 : 1;
  const { netCents, vatCents } = vatBreakdown(doc.amountCents, seller.vatTreatment);
  y += 20;
  pdf.font("Helvetica-Bold");
  write("Omschrijving", MARGIN, y);
  y = write("Bedrag", AMOUNT_COLUMN_X, y, { width: AMOUNT_COLUMN_WIDTH, align: "right" }) + 4;
  rule(y);
  y += 6;
  pdf.font("Helvetica");
  const descriptionEnd = write(doc.description, MARGIN, y, { width: AMOUNT_COLUMN_X - MARGIN - 20 });
  y = Math.max(descriptionEnd, write(formatEurosWithCents(sign * netCents), AMOUNT_COLUMN_X, y, amountColumn)) + 4;
  rule(y);
  y += 8;

  const totals: [string, number][] = [
    ["Subtotaal", sign * netCents],
    [vatTotalsLabel[seller.vatTreatment], sign * vatCents],
    [isCredit ? "Totaal credit" : "Te betalen", sign * doc.amountCents],
  ];
  totals.forEach(([label, cents], index) => {
    pdf.font(index === totals.length - 1 ? "Helvetica-Bold" : "Helvetica");
    write(label, TOTALS_LABEL_X, y, { width: AMOUNT_COLUMN_X - TOTALS_LABEL_X - 10 });
    y = write(formatEurosWithCents(cents), AMOUNT_COLUMN_X, y, amountColumn) + 4;
  });

  y += 20;
  // With standard VAT the totals already say "Btw 21 %"; the other treatments need their legal ground.
  if (seller.vatTreatment !== "standard") {
    pdf.font("Helvetica").fontSize(9);
    y = write(vatLine(seller.vatTreatment), MARGIN, y, { width: CONTENT_WIDTH }) + 16;
  }
  pdf.font("Helvetica").fontSize(10);
  y = write(paymentInstruction(doc), MARGIN, y, { width: CONTENT_WIDTH }) + 8;
  write(`Vragen over deze ${title.toLowerCase()}? Mail naar ${seller.email}.`, MARGIN, y, { width: CONTENT_WIDTH });

  structure.end();
  pdf.end();
  return rendered;
}

function paymentInstruction(doc: InvoiceDocument): string {
  const amount = formatEurosWithCents(doc.amountCents);
  const days = doc.seller.paymentTermDays;
  if (doc.kind === "CREDIT_NOTE") {
    const invoice = doc.credits ? `factuur ${doc.credits.number}` : "de gecrediteerde factuur";
    return `Hebt u ${invoice} al betaald, dan maken wij ${amount} binnen ${days} dagen aan u over. ` + "Anders hoeft u die factuur niet meer te betalen.";
  }
  return (
    `Gelieve ${amount} binnen ${days} dagen over te maken op ${formatIban(doc.seller.iban)} t.n.v. ${doc.seller.name} ` +
    `onder vermelding van factuurnummer ${doc.number}.`
  );
}
