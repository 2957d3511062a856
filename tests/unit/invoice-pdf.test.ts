import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "@/lib/fees/invoice-pdf";
import { sampleCreditNote, sampleInvoice, sampleSeller } from "../support/invoice-documents";

const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/standard_fonts/`;

async function openPdf(buffer: Buffer) {
  return getDocument({ data: new Uint8Array(buffer), standardFontDataUrl }).promise;
}

/** All text of the PDF, whitespace (line ends included) collapsed to single spaces. */
async function textOf(buffer: Buffer): Promise<string> {
  const pdf = await openPdf(buffer);
  let text = "";
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
    const content = await (await pdf.getPage(pageNumber)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
  }
  return text.replace(/\s+/g, " ");
}

describe("invoice PDF", () => {
  it("shows the invoice's number, dates, buyer, purchase order, amount, IBAN and VAT line", async () => {
    const text = await textOf(await renderInvoicePdf(sampleInvoice()));
    expect(text).toContain("Factuur ");
    expect(text).toContain("Factuurnummer 2027-0001");
    expect(text).toContain("Factuurdatum 15 januari 2027");
    expect(text).toContain("Vervaldatum 14 februari 2027");
    expect(text).toContain("Gemeente Tilburg");
    expect(text).toContain("t.a.v. Joke de Vries");
    expect(text).toContain("Postbus 90155 5000 LH Tilburg");
    expect(text).toContain("Opdrachtnummer PO-4711");
    expect(text).toContain("Organisatiekosten Wmo transformatienetwerk 2027 € 500,00");
    expect(text).toContain("Te betalen € 500,00");
    expect(text).toContain("Btw: niet onderworpen € 0,00");
    expect(text).toContain("Niet onderworpen aan btw: de bijdrage is geen vergoeding voor een levering of dienst");
    expect(text).toContain("IBAN NL20 INGB 0001 2345 67");
    expect(text).toContain("BIC INGBNL2A");
    expect(text).toContain("KvK 12345678");
    expect(text).toContain(
      "Gelieve € 500,00 binnen 30 dagen over te maken op NL20 INGB 0001 2345 67 t.n.v. Wmo transformatienetwerk " +
        "onder vermelding van factuurnummer 2027-0001.",
    );
    expect(text).not.toContain("Creditnota");
  });

  it("leaves out the purchase-order line when the municipality has no number", async () => {
    const invoice = sampleInvoice();
    const text = await textOf(await renderInvoicePdf({ ...invoice, buyer: { ...invoice.buyer, purchaseOrderNumber: null } }));
    expect(text).toContain("Factuurnummer 2027-0001");
    expect(text).not.toContain("Opdrachtnummer");
    expect(text).not.toContain("PO-4711");
  });

  it("prints an older invoice's address as it was typed, and makes the PDF where no e-invoice is possible", async () => {
    const invoice = sampleInvoice();
    const older = { ...invoice.buyer, street: null, postcode: null, city: null, address: "Stadhuisplein 130\nAfdeling Financiën\n5038tc Tilburg" };
    const text = await textOf(await renderInvoicePdf({ ...invoice, buyer: { ...older, oin: null }, seller: { ...sampleSeller, kvkNumber: null } }));
    expect(text).toContain("Stadhuisplein 130 Afdeling Financiën 5038tc Tilburg");
    expect(text).toContain("Factuurnummer 2027-0001");
  });

  it("splits 21 % VAT out of the fee when VAT applies, and shows the seller's VAT id", async () => {
    const seller = { ...sampleSeller, vatTreatment: "standard" as const, vatId: "NL001234567B01" };
    const text = await textOf(await renderInvoicePdf(sampleInvoice({ seller })));
    expect(text).toContain("Subtotaal € 413,22");
    expect(text).toContain("Btw 21 % € 86,78");
    expect(text).toContain("Te betalen € 500,00");
    expect(text).toContain("Btw-id NL001234567B01");
  });

  it("says an exempt contribution is exempt", async () => {
    const seller = { ...sampleSeller, vatTreatment: "exempt" as const, vatId: "NL001234567B01" };
    const text = await textOf(await renderInvoicePdf(sampleInvoice({ seller })));
    expect(text).toContain("Btw: vrijgesteld € 0,00");
    expect(text).toContain("Vrijgesteld van btw (art. 11 Wet OB 1968).");
  });

  it("makes a credit note that names the invoice it cancels, the reason and a negative total", async () => {
    const text = await textOf(await renderInvoicePdf(sampleCreditNote()));
    expect(text).toContain("Creditnota");
    expect(text).toContain("Creditnotanummer 2027-0002");
    expect(text).toContain("Creditnotadatum 1 maart 2027");
    expect(text).toContain("Crediteert factuur 2027-0001 van 15 januari 2027");
    expect(text).toContain("Reden Dubbel gefactureerd");
    expect(text).toContain("Totaal credit € -500,00");
    expect(text).not.toContain("Vervaldatum");
    expect(text).not.toContain("Te betalen");
  });

  it("is a tagged PDF with the invoice as title, dated on the day of issue", async () => {
    const buffer = await renderInvoicePdf(sampleInvoice());
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await openPdf(buffer);
    const { info } = await pdf.getMetadata();
    expect(info).toMatchObject({ Title: expect.stringContaining("Factuur 2027-0001"), Author: "Wmo transformatienetwerk" });
    expect((info as { CreationDate?: string }).CreationDate).toMatch(/^D:20270115/);
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
  });

  it("gives the same bytes for the same document, whenever it is rendered", async () => {
    const first = await renderInvoicePdf(sampleInvoice());
    const second = await renderInvoicePdf(sampleInvoice());
    expect(first.equals(second)).toBe(true);
    const other = await renderInvoicePdf(sampleInvoice({ number: "2027-0003" }));
    expect(first.equals(other)).toBe(false);
  });
});
