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

type Party = { id: string; scheme: string; name: string; street: string; postcode: string; city: string };

/** A party's electronic address and legal id (the same id and scheme), name and Dutch address. */
function expectParty(party: Node, { id, scheme, name, street, postcode, city }: Party) {
  const companyId = { "#text": id, "@_schemeID": scheme };
  expect(party.EndpointID).toEqual(companyId);
  expect(party.PartyName.Name).toBe(name);
  expect(party.PostalAddress).toEqual({ StreetName: street, CityName: city, PostalZone: postcode, Country: { IdentificationCode: "NL" } });
  expect(party.PartyLegalEntity).toEqual({ RegistrationName: name, CompanyID: companyId });
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
    expectParty(seller, {
      id: "12345678",
      scheme: "0106",
      name: "Wmo transformatienetwerk",
      street: "Catharijnesingel 47",
      postcode: "3511 GC",
      city: "Utrecht",
    });
    expect(seller.PartyTaxScheme).toBeUndefined();
    expect(seller.Contact.ElectronicMail).toBe("penningmeester@wmo-netwerk.example");
  });

  it("without a KvK number, names the seller by the VAT id it carries: Peppol scheme 9944 and the VAT id (BR-CO-26)", () => {
    const seller = parseInvoice(sampleInvoice({ seller: { ...sampleSeller, kvkNumber: null, vatTreatment: "exempt", vatId: "NL001234567B01" } }))
      .AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ "#text": "NL001234567B01", "@_schemeID": "9944" });
    expect(seller.PartyTaxScheme).toEqual({ CompanyID: "NL001234567B01", TaxScheme: { ID: "VAT" } });
    expect(seller.PartyLegalEntity).toEqual({ RegistrationName: "Wmo transformatienetwerk" });
  });

  it("refuses an e-invoice without KvK number when no VAT id may appear (outside the scope of VAT), naming INVOICE_KVK_NUMBER", () => {
    const withoutKvk = sampleInvoice({ seller: { ...sampleSeller, kvkNumber: null, vatId: "NL001234567B01" } });
    expect(() => renderInvoiceUbl(withoutKvk)).toThrow(/^Geen e-factuur voor 2027-0001\. .*INVOICE_KVK_NUMBER/);
  });

  it("describes the municipality with its OIN, address, country and contact", () => {
    const buyer = parseInvoice().AccountingCustomerParty.Party;
    expectParty(buyer, { id: "00000001002564440000", scheme: "0190", name: "Gemeente Tilburg", street: "Postbus 90155", postcode: "5000 LH", city: "Tilburg" });
    expect(buyer.Contact).toEqual({ Name: "Joke de Vries", ElectronicMail: "crediteuren@tilburg.example" });
  });

  it("refuses an e-invoice to a municipality without OIN, asking for it (an e-mail address is no Peppol address)", () => {
    const invoice = sampleInvoice();
    expect(() => renderInvoiceUbl({ ...invoice, buyer: { ...invoice.buyer, oin: null } })).toThrow("vul het OIN van gemeente Tilburg in");
  });

  it("uses the contact's name as buyer reference without a purchase order, and refuses an e-invoice with neither", () => {
    const invoice = sampleInvoice();
    const withoutOrder = { ...invoice.buyer, purchaseOrderNumber: null };
    const byContact = parseInvoice({ ...invoice, buyer: withoutOrder });
    expect(byContact.BuyerReference).toBe("Joke de Vries");
    expect(byContact.OrderReference).toBeUndefined();
    expect(() => renderInvoiceUbl({ ...invoice, buyer: { ...withoutOrder, contactName: null } })).toThrow("een opdrachtnummer of een contactpersoon");
  });

  it("refuses an e-invoice without postcode or city (NL-R-004)", () => {
    const invoice = sampleInvoice();
    expect(() => renderInvoiceUbl({ ...invoice, buyer: { ...invoice.buyer, city: null } })).toThrow("volledige factuuradres");
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

  it("splits an older invoice's typed address: a second line becomes AdditionalStreetName; without postcode it refuses", () => {
    const invoice = sampleInvoice();
    const older = (address: string) => ({ ...invoice, buyer: { ...invoice.buyer, street: null, postcode: null, city: null, address } });
    expect(parseInvoice(older("Stadhuisplein 130\nAfdeling Financiën\n5038tc  Tilburg")).AccountingCustomerParty.Party.PostalAddress).toEqual({
      StreetName: "Stadhuisplein 130",
      AdditionalStreetName: "Afdeling Financiën",
      CityName: "Tilburg",
      PostalZone: "5038 TC",
      Country: { IdentificationCode: "NL" },
    });
    expect(() => renderInvoiceUbl(older("Postbus 90155, Tilburg"))).toThrow("volledige factuuradres");
  });
});

describe("splitAddress", () => {
  const tilburg = { streetName: "Postbus 90155", additionalStreetName: null, postcode: "5000 LH", city: "Tilburg" };

  it("reads a Dutch address with its postcode on the last line", () => {
    expect(splitAddress("  Postbus 90155 \r\n\n5000 LH Tilburg\n")).toEqual(tilburg);
  });

  it("finds postcode and city after a comma on one line too", () => {
    expect(splitAddress("Postbus 90155, 5000LH Tilburg")).toEqual(tilburg);
    expect(splitAddress("Postbus 1\n5000 AA 's-Hertogenbosch")).toMatchObject({ postcode: "5000 AA", city: "'s-Hertogenbosch" });
  });

  it("keeps an address without a trailing postcode and city whole, and gives nothing for no address", () => {
    expect(splitAddress("Stadhuisplein 1\nTilburg")).toEqual({
      streetName: "Stadhuisplein 1, Tilburg",
      additionalStreetName: null,
      postcode: null,
      city: null,
    });
    expect(splitAddress(null)).toEqual({ streetName: null, additionalStreetName: null, postcode: null, city: null });
  });
});
