import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { splitAddress, type InvoiceDocument, type VatTreatment } from "@/lib/fees/invoice-snapshot";
import { renderInvoiceUbl } from "@/lib/fees/invoice-ubl";
import { sampleCreditNote, sampleInvoice, sampleSeller } from "../support/invoice-documents";

// Every element as an object or its text; attributes as "@_name"; values stay strings ("500.00", "0106").
type Node = { [name: string]: Node } & { "#text"?: string };

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false });

function parse(doc: InvoiceDocument): Node {
  return parser.parse(renderInvoiceUbl(doc)) as Node;
}

function parseInvoice(doc: InvoiceDocument = sampleInvoice()): Node {
  return parse(doc).Invoice;
}

const text = (node: Node | string | undefined) => (typeof node === "string" ? node : node?.["#text"]);
const cents = (node: Node) => Math.round(Number(text(node)) * 100);

function expectEuros(node: Node, amount: string) {
  expect(node).toEqual({ "#text": amount, "@_currencyID": "EUR" });
}

/** BR-CO-10, BR-CO-13, BR-CO-15 and the VAT breakdown: the document's sums agree. */
function expectTotalsAddUp(document: Node, line: Node) {
  const totals = document.LegalMonetaryTotal;
  const tax = document.TaxTotal;
  expect(cents(line.LineExtensionAmount)).toBe(cents(totals.LineExtensionAmount));
  expect(cents(totals.TaxExclusiveAmount)).toBe(cents(totals.LineExtensionAmount));
  expect(cents(tax.TaxSubtotal.TaxableAmount)).toBe(cents(totals.TaxExclusiveAmount));
  expect(cents(tax.TaxSubtotal.TaxAmount)).toBe(cents(tax.TaxAmount));
  expect(cents(totals.TaxExclusiveAmount) + cents(tax.TaxAmount)).toBe(cents(totals.TaxInclusiveAmount));
  expect(cents(totals.PayableAmount)).toBe(cents(totals.TaxInclusiveAmount));
}

describe("UBL e-invoice", () => {
  it("declares the UBL 2.1 invoice namespaces and the Peppol BIS Billing 3.0 specification (BT-23, BT-24)", () => {
    const xml = renderInvoiceUbl(sampleInvoice());
    const root = (new XMLParser({ ignoreAttributes: false }).parse(xml) as Node).Invoice;
    expect(root["@_xmlns"]).toBe("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
    expect(root["@_xmlns:cac"]).toBe("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
    expect(root["@_xmlns:cbc"]).toBe("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
    expect(xml).not.toContain('xmlns=""');
    const invoice = parseInvoice();
    expect(invoice.CustomizationID).toBe("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    expect(invoice.ProfileID).toBe("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
  });

  it("carries number, dates, type, currency, buyer reference and order reference (BT-1, 2, 3, 5, 9, 10, 13)", () => {
    const invoice = parseInvoice();
    expect(invoice.ID).toBe("2027-0001");
    expect(invoice.IssueDate).toBe("2027-01-15");
    expect(invoice.DueDate).toBe("2027-02-14");
    expect(invoice.InvoiceTypeCode).toBe("380");
    expect(invoice.DocumentCurrencyCode).toBe("EUR");
    expect(invoice.BuyerReference).toBe("PO-4711");
    expect(invoice.OrderReference).toEqual({ ID: "PO-4711" });
    expect(invoice.Note).toContain("Niet onderworpen aan btw");
  });

  it("keeps the UBL schema's element order", () => {
    const ordered = new XMLParser({ preserveOrder: true, removeNSPrefix: true }).parse(renderInvoiceUbl(sampleInvoice())) as Record<string, unknown>[];
    const root = ordered.find((node) => "Invoice" in node)?.Invoice as Record<string, unknown>[];
    expect(root.map((node) => Object.keys(node)[0])).toEqual([
      "CustomizationID",
      "ProfileID",
      "ID",
      "IssueDate",
      "DueDate",
      "InvoiceTypeCode",
      "Note",
      "DocumentCurrencyCode",
      "BuyerReference",
      "OrderReference",
      "AccountingSupplierParty",
      "AccountingCustomerParty",
      "PaymentMeans",
      "PaymentTerms",
      "TaxTotal",
      "LegalMonetaryTotal",
      "InvoiceLine",
    ]);
  });

  it("describes the seller with KvK number as electronic address and legal id, address, country and e-mail", () => {
    const seller = parseInvoice().AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ "#text": "12345678", "@_schemeID": "0106" });
    expect(seller.PartyName.Name).toBe("Wmo transformatienetwerk");
    expect(seller.PostalAddress).toEqual({
      StreetName: "Catharijnesingel 47",
      CityName: "Utrecht",
      PostalZone: "3511 GC",
      Country: { IdentificationCode: "NL" },
    });
    expect(seller.PartyLegalEntity).toEqual({
      RegistrationName: "Wmo transformatienetwerk",
      CompanyID: { "#text": "12345678", "@_schemeID": "0106" },
    });
    expect(seller.PartyTaxScheme).toBeUndefined();
    expect(seller.Contact.ElectronicMail).toBe("penningmeester@wmo-netwerk.example");
  });

  it("falls back to the seller's e-mail as electronic address without a KvK number", () => {
    const seller = parseInvoice(sampleInvoice({ seller: { ...sampleSeller, kvkNumber: null } })).AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ "#text": "penningmeester@wmo-netwerk.example", "@_schemeID": "EM" });
    expect(seller.PartyLegalEntity).toEqual({ RegistrationName: "Wmo transformatienetwerk" });
  });

  it("describes the municipality with its OIN, split address, country and contact", () => {
    const buyer = parseInvoice().AccountingCustomerParty.Party;
    expect(buyer.EndpointID).toEqual({ "#text": "00000001002564440000", "@_schemeID": "0190" });
    expect(buyer.PartyName.Name).toBe("Gemeente Tilburg");
    expect(buyer.PostalAddress).toEqual({
      StreetName: "Postbus 90155",
      CityName: "Tilburg",
      PostalZone: "5000 LH",
      Country: { IdentificationCode: "NL" },
    });
    expect(buyer.PartyLegalEntity).toEqual({
      RegistrationName: "Gemeente Tilburg",
      CompanyID: { "#text": "00000001002564440000", "@_schemeID": "0190" },
    });
    expect(buyer.Contact).toEqual({ Name: "Joke de Vries", ElectronicMail: "crediteuren@tilburg.example" });
  });

  it("addresses a municipality without OIN by its contact's e-mail", () => {
    const invoice = sampleInvoice();
    const buyer = parseInvoice({ ...invoice, buyer: { ...invoice.buyer, oin: null } }).AccountingCustomerParty.Party;
    expect(buyer.EndpointID).toEqual({ "#text": "crediteuren@tilburg.example", "@_schemeID": "EM" });
    expect(buyer.PartyLegalEntity).toEqual({ RegistrationName: "Gemeente Tilburg" });
  });

  it("uses the contact's name, else the municipality, as buyer reference when there is no purchase order", () => {
    const invoice = sampleInvoice();
    const withoutOrder = { ...invoice.buyer, purchaseOrderNumber: null };
    const byContact = parseInvoice({ ...invoice, buyer: withoutOrder });
    expect(byContact.BuyerReference).toBe("Joke de Vries");
    expect(byContact.OrderReference).toBeUndefined();
    const byName = parseInvoice({ ...invoice, buyer: { ...withoutOrder, name: "Gemeente Tilburg", contactName: null } });
    expect(byName.BuyerReference).toBe("Gemeente Tilburg");
  });

  it("asks for a SEPA credit transfer to the network's IBAN with the invoice number", () => {
    const invoice = parseInvoice();
    expect(invoice.PaymentMeans).toEqual({
      PaymentMeansCode: "58",
      PaymentID: "2027-0001",
      PayeeFinancialAccount: {
        ID: "NL20INGB0001234567",
        Name: "Wmo transformatienetwerk",
        FinancialInstitutionBranch: { ID: "INGBNL2A" },
      },
    });
    expect(invoice.PaymentTerms.Note).toContain("binnen 30 dagen, uiterlijk 14 februari 2027");
  });

  it("has one line: quantity 1, amount, the description as item name", () => {
    const line = parseInvoice().InvoiceLine;
    expect(line.ID).toBe("1");
    expect(line.InvoicedQuantity).toEqual({ "#text": "1", "@_unitCode": "C62" });
    expectEuros(line.LineExtensionAmount, "500.00");
    expect(line.Item.Name).toBe("Organisatiekosten Wmo transformatienetwerk 2027");
    expectEuros(line.Price.PriceAmount, "500.00");
  });

  const treatments: { treatment: VatTreatment; category: object; reason: object; net: string; vat: string }[] = [
    {
      treatment: "outside-scope",
      category: { ID: "O", TaxScheme: { ID: "VAT" } },
      reason: { TaxExemptionReasonCode: "VATEX-EU-O", TaxExemptionReason: "Niet onderworpen aan btw" },
      net: "500.00",
      vat: "0.00",
    },
    {
      treatment: "exempt",
      category: { ID: "E", Percent: "0", TaxScheme: { ID: "VAT" } },
      reason: { TaxExemptionReason: "Vrijgesteld van btw (art. 11 Wet OB 1968)." },
      net: "500.00",
      vat: "0.00",
    },
    { treatment: "standard", category: { ID: "S", Percent: "21", TaxScheme: { ID: "VAT" } }, reason: {}, net: "413.22", vat: "86.78" },
  ];

  it.each(treatments)("applies VAT treatment $treatment: category, amounts and totals", (expected) => {
    const { treatment, category, reason, net, vat } = expected;
    const seller = { ...sampleSeller, vatTreatment: treatment, vatId: "NL001234567B01" };
    const invoice = parseInvoice(sampleInvoice({ seller }));
    const line = invoice.InvoiceLine;
    expect(line.Item.ClassifiedTaxCategory).toEqual(category);
    expectEuros(line.LineExtensionAmount, net);
    expectEuros(invoice.TaxTotal.TaxAmount, vat);
    expectEuros(invoice.TaxTotal.TaxSubtotal.TaxableAmount, net);
    expect(invoice.TaxTotal.TaxSubtotal.TaxCategory).toEqual({ ...category, ...reason });
    expectEuros(invoice.LegalMonetaryTotal.PayableAmount, "500.00");
    expectTotalsAddUp(invoice, line);
    // Outside the scope of VAT the seller's VAT id must not appear (BR-O-02); otherwise it must (BR-S-02, BR-E-02).
    const taxScheme = invoice.AccountingSupplierParty.Party.PartyTaxScheme;
    if (treatment === "outside-scope") expect(taxScheme).toBeUndefined();
    else expect(taxScheme).toEqual({ CompanyID: "NL001234567B01", TaxScheme: { ID: "VAT" } });
  });

  it("makes a credit note a CreditNote (381) that refers to the invoice it cancels", () => {
    const xml = renderInvoiceUbl(sampleCreditNote());
    expect((new XMLParser({ ignoreAttributes: false }).parse(xml) as Node).CreditNote["@_xmlns"]).toBe(
      "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    );
    const creditNote = parse(sampleCreditNote()).CreditNote;
    expect(creditNote.ID).toBe("2027-0002");
    expect(creditNote.IssueDate).toBe("2027-03-01");
    expect(creditNote.CreditNoteTypeCode).toBe("381");
    expect(creditNote.InvoiceTypeCode).toBeUndefined();
    expect(creditNote.DueDate).toBeUndefined();
    expect(creditNote.BillingReference).toEqual({ InvoiceDocumentReference: { ID: "2027-0001", IssueDate: "2027-01-15" } });
    expect(creditNote.Note).toContain("Reden: Dubbel gefactureerd");
    expect(creditNote.PaymentMeans).toBeUndefined();
    const line = creditNote.CreditNoteLine;
    expect(line.CreditedQuantity).toEqual({ "#text": "1", "@_unitCode": "C62" });
    expectEuros(line.LineExtensionAmount, "500.00");
    expectEuros(creditNote.LegalMonetaryTotal.PayableAmount, "500.00");
    expectTotalsAddUp(creditNote, line);
  });

  it("escapes &, < and quotes in names and text, which parse back intact", () => {
    const invoice = sampleInvoice();
    const doc = sampleInvoice({
      description: `Bijdrage "Zorg & <Welzijn>" 2027`,
      buyer: { ...invoice.buyer, name: `Gemeente 's-Hertogenbosch & "Zuid"`, purchaseOrderNumber: "PO<1>&2" },
    });
    const xml = renderInvoiceUbl(doc);
    expect(xml).toContain("Zorg &amp; &lt;Welzijn&gt;");
    expect(xml).not.toContain("<Welzijn>");
    const parsed = parseInvoice(doc);
    expect(parsed.InvoiceLine.Item.Name).toBe(`Bijdrage "Zorg & <Welzijn>" 2027`);
    expect(parsed.AccountingCustomerParty.Party.PartyName.Name).toBe(`Gemeente 's-Hertogenbosch & "Zuid"`);
    expect(parsed.OrderReference.ID).toBe("PO<1>&2");
  });

  it("puts a second address line in AdditionalStreetName and an address it can't read whole in StreetName", () => {
    const invoice = sampleInvoice();
    const withAddress = (address: string) => parseInvoice({ ...invoice, buyer: { ...invoice.buyer, address } }).AccountingCustomerParty.Party.PostalAddress;
    expect(withAddress("Stadhuisplein 130\nAfdeling Financiën\n5038tc  Tilburg")).toEqual({
      StreetName: "Stadhuisplein 130",
      AdditionalStreetName: "Afdeling Financiën",
      CityName: "Tilburg",
      PostalZone: "5038 TC",
      Country: { IdentificationCode: "NL" },
    });
    expect(withAddress("Postbus 90155, Tilburg")).toEqual({
      StreetName: "Postbus 90155, Tilburg",
      Country: { IdentificationCode: "NL" },
    });
  });
});

describe("splitAddress", () => {
  it("reads a Dutch address with its postcode on the last line", () => {
    expect(splitAddress("  Postbus 90155 \r\n\n5000 LH Tilburg\n")).toEqual({
      streetName: "Postbus 90155",
      additionalStreetName: null,
      postcode: "5000 LH",
      city: "Tilburg",
    });
  });

  it("keeps an address without a postcode line whole, and gives nothing for no address", () => {
    expect(splitAddress("Stadhuisplein 1\nTilburg")).toEqual({
      streetName: "Stadhuisplein 1, Tilburg",
      additionalStreetName: null,
      postcode: null,
      city: null,
    });
    expect(splitAddress(null)).toEqual({ streetName: null, additionalStreetName: null, postcode: null, city: null });
  });
});
