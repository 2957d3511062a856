import { beforeAll, describe, expect, it } from "vitest";
import type { InvoiceDocument } from "@/lib/fees/invoice-snapshot";
import { renderInvoiceUbl } from "@/lib/fees/invoice-ubl";
import { sellerDetails } from "@/lib/fees/invoicing-config";
import { checkOfficialRules, checkUblSchema, describeFailures, requireValidatorTools, type Documents, type FailedRule } from "../einvoice/official-validators";
import { sampleCreditNote, sampleInvoice } from "../support/invoice-documents";

// Every kind of e-invoice the site makes, made by the real code from real settings, through the official validators:
// CEN's EN 16931 rules, Peppol BIS Billing 3.0 (with the Dutch NL-R rules) and the OASIS UBL 2.1 schema.

const settings = {
  INVOICE_SELLER_NAME: "Wmo transformatienetwerk",
  INVOICE_SELLER_STREET: "Catharijnesingel 47",
  INVOICE_SELLER_POSTCODE: "3511gc",
  INVOICE_SELLER_CITY: "Utrecht",
  INVOICE_IBAN: "NL20 INGB 0001 2345 67",
  INVOICE_EMAIL: "penningmeester@wmo-netwerk.example",
};
const withKvk = { ...settings, INVOICE_KVK_NUMBER: "12345678", INVOICE_BIC: "INGBNL2A" };
const vatId = { INVOICE_VAT_ID: "NL001234567B01" };

const seller = (env: Record<string, string>) => sellerDetails(env);
const invoice = (env: Record<string, string>, overrides: Partial<InvoiceDocument> = {}) => sampleInvoice({ seller: seller(env), ...overrides });
const creditNote = (env: Record<string, string>) => sampleCreditNote({ seller: seller(env) });
const buyer = sampleInvoice().buyer;

const variants: Record<string, InvoiceDocument> = {
  "invoice-outside-scope.xml": invoice(withKvk),
  "invoice-outside-scope-with-vat-id.xml": invoice({ ...withKvk, ...vatId }),
  "invoice-without-bic-and-order.xml": invoice({ ...settings, INVOICE_KVK_NUMBER: "12345678" }, { buyer: { ...buyer, purchaseOrderNumber: null } }),
  "invoice-exempt.xml": invoice({ ...withKvk, ...vatId, INVOICE_VAT_TREATMENT: "exempt" }),
  "invoice-standard.xml": invoice({ ...withKvk, ...vatId, INVOICE_VAT_TREATMENT: "standard" }),
  "invoice-standard-odd-amount.xml": invoice({ ...withKvk, ...vatId, INVOICE_VAT_TREATMENT: "standard" }, { amountCents: 12345 }),
  "invoice-exempt-without-kvk.xml": invoice({ ...settings, ...vatId, INVOICE_VAT_TREATMENT: "exempt" }),
  "invoice-standard-without-kvk.xml": invoice({ ...settings, ...vatId, INVOICE_VAT_TREATMENT: "standard" }),
  "invoice-without-contact.xml": invoice(withKvk, { buyer: { ...buyer, contactName: null } }),
  "invoice-older-typed-address.xml": invoice(withKvk, {
    buyer: { ...buyer, street: null, postcode: null, city: null, address: "Stadhuisplein 130\nAfdeling Financiën\n5038tc Tilburg" },
  }),
  "invoice-special-characters.xml": invoice(withKvk, {
    description: `Bijdrage "Zorg & <Welzijn>" 2027`,
    buyer: { ...buyer, name: `'s-Hertogenbosch & "Zuid"`, contactName: "Anne-Marie d'Ancona", purchaseOrderNumber: "PO<1>&2" },
  }),
  "credit-note-outside-scope.xml": creditNote(withKvk),
  "credit-note-exempt.xml": creditNote({ ...withKvk, ...vatId, INVOICE_VAT_TREATMENT: "exempt" }),
  "credit-note-standard.xml": creditNote({ ...withKvk, ...vatId, INVOICE_VAT_TREATMENT: "standard" }),
  "credit-note-standard-without-kvk.xml": creditNote({ ...settings, ...vatId, INVOICE_VAT_TREATMENT: "standard" }),
};

const valid: Documents = Object.fromEntries(Object.entries(variants).map(([name, doc]) => [name, renderInvoiceUbl(doc)]));

// Deliberately broken copies of a valid invoice: the validators must call each fatal.
const good = valid["invoice-outside-scope.xml"]!;
const broken: Documents = {
  // No seller identifier at all: the KvK number removed as legal id (BR-CO-26).
  "broken-no-seller-identifier.xml": good.replace(/<cbc:CompanyID schemeID="0106">12345678<\/cbc:CompanyID>/, ""),
  // The municipality's electronic address as e-mail, as the site once did (PEPPOL-EN16931-CL008).
  "broken-email-endpoint.xml": good.replace('<cbc:EndpointID schemeID="0190">', '<cbc:EndpointID schemeID="EM">'),
  // An address without postcode (NL-R-004).
  "broken-no-buyer-postcode.xml": good.replace("<cbc:PostalZone>5000 LH</cbc:PostalZone>", ""),
};

const fatal = (failures: FailedRule[]) => failures.filter((rule) => rule.flag === "fatal");

describe("e-invoices by the official rules (EN 16931, Peppol BIS Billing 3.0, UBL 2.1 schema)", { timeout: 60_000 }, () => {
  // One Saxon run per rule set for all documents, valid and broken: compiling the rules is most of the time.
  let failures: FailedRule[] = [];
  beforeAll(async () => {
    await requireValidatorTools();
    failures = await checkOfficialRules({ ...valid, ...broken });
  }, 120_000);

  it("every variant the site makes passes both rule sets without a fatal rule", () => {
    const ofValid = failures.filter((rule) => rule.document in valid);
    expect(fatal(ofValid), `Failed rules:\n${describeFailures(ofValid)}`).toEqual([]);
  });

  it("every variant is valid against the OASIS UBL 2.1 schema", async () => {
    expect(await checkUblSchema(valid)).toEqual([]);
  });

  it("the validators do call a broken invoice fatal: no seller identifier, an e-mail endpoint, no postcode", async () => {
    const found = fatal(failures).map((rule) => `${rule.document} ${rule.ruleSet} ${rule.id}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "broken-no-seller-identifier.xml EN 16931 BR-CO-26",
        "broken-email-endpoint.xml Peppol BIS 3.0 PEPPOL-EN16931-CL008",
        "broken-no-buyer-postcode.xml Peppol BIS 3.0 NL-R-004",
      ]),
    );
    expect(await checkUblSchema({ "broken-order.xml": good.replace(/<cbc:IssueDate>(.*?)<\/cbc:IssueDate>/, "<cbc:Issued>$1</cbc:Issued>") })).toEqual([
      expect.stringContaining("Issued"),
    ]);
  });
});
