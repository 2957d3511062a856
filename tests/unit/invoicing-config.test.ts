import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sellerDetails, vatBreakdown, vatLine } from "@/lib/fees/invoicing-config";
import { sampleSeller } from "../support/invoice-documents";

describe("sellerDetails", () => {
  it("has placeholder defaults that make a valid invoice, outside the scope of VAT, payable in 30 days", () => {
    expect(sellerDetails({})).toEqual({
      name: "Wmo transformatienetwerk",
      street: "Voorbeeldstraat 1",
      postcode: "1234 AB",
      city: "Voorbeeldstad",
      countryCode: "NL",
      iban: "NL91ABNA0417164300",
      bic: null,
      kvkNumber: null,
      vatId: null,
      email: "secretariaat@wmo-transformatienetwerk.example",
      vatTreatment: "outside-scope",
      paymentTermDays: 30,
    });
  });

  it("takes every detail from its variable, tidying IBAN, BIC, VAT id and postcode", () => {
    const seller = sellerDetails({
      INVOICE_SELLER_NAME: "Stichting Wmo-netwerk",
      INVOICE_SELLER_STREET: "Catharijnesingel 47",
      INVOICE_SELLER_POSTCODE: "3511gc",
      INVOICE_SELLER_CITY: "Utrecht",
      INVOICE_IBAN: "nl20 ingb 0001 2345 67",
      INVOICE_BIC: "ingbnl2a",
      INVOICE_KVK_NUMBER: "12345678",
      INVOICE_VAT_ID: "NL 001234567 B01",
      INVOICE_EMAIL: "penningmeester@wmo-netwerk.example",
      INVOICE_VAT_TREATMENT: "standard",
      INVOICE_PAYMENT_TERM_DAYS: "14",
    });
    expect(seller).toEqual({ ...sampleSeller, name: "Stichting Wmo-netwerk", vatId: "NL001234567B01", vatTreatment: "standard", paymentTermDays: 14 });
  });

  it("uses CONTACT_EMAIL when INVOICE_EMAIL is not set, and INVOICE_EMAIL over it", () => {
    expect(sellerDetails({ CONTACT_EMAIL: "info@wmo-netwerk.example" }).email).toBe("info@wmo-netwerk.example");
    expect(sellerDetails({ CONTACT_EMAIL: "info@wmo-netwerk.example", INVOICE_EMAIL: "facturen@wmo-netwerk.example" }).email).toBe(
      "facturen@wmo-netwerk.example",
    );
  });

  it("treats an empty variable as not set", () => {
    expect(sellerDetails({ INVOICE_IBAN: "", INVOICE_BIC: " ", INVOICE_VAT_TREATMENT: "" })).toMatchObject({
      iban: "NL91ABNA0417164300",
      bic: null,
      vatTreatment: "outside-scope",
    });
  });

  it("refuses an IBAN with a wrong check digit, naming the variable", () => {
    expect(() => sellerDetails({ INVOICE_IBAN: "NL91ABNA0417164301" })).toThrow(/INVOICE_IBAN: het controlegetal/);
    expect(() => sellerDetails({ INVOICE_IBAN: "1234" })).toThrow("Ongeldige factuurinstelling. INVOICE_IBAN: geen IBAN (zoals NL91ABNA0417164300).");
  });

  it("refuses an unknown VAT treatment, naming the variable and the choices", () => {
    expect(() => sellerDetails({ INVOICE_VAT_TREATMENT: "vrijgesteld" })).toThrow(
      /INVOICE_VAT_TREATMENT: onbekende btw-behandeling \(kies outside-scope, exempt of standard\)/,
    );
  });

  it("wants a VAT id for exempt and standard-rated invoices", () => {
    expect(() => sellerDetails({ INVOICE_VAT_TREATMENT: "standard" })).toThrow(/INVOICE_VAT_ID: verplicht/);
    expect(() => sellerDetails({ INVOICE_VAT_TREATMENT: "exempt" })).toThrow(/INVOICE_VAT_ID: verplicht/);
    expect(sellerDetails({ INVOICE_VAT_TREATMENT: "exempt", INVOICE_VAT_ID: "NL001234567B01" }).vatTreatment).toBe("exempt");
  });

  it("refuses other malformed values, each with its variable", () => {
    expect(() => sellerDetails({ INVOICE_SELLER_POSTCODE: "0123 AB" })).toThrow(/INVOICE_SELLER_POSTCODE/);
    expect(() => sellerDetails({ INVOICE_BIC: "ING" })).toThrow(/INVOICE_BIC/);
    expect(() => sellerDetails({ INVOICE_KVK_NUMBER: "1234" })).toThrow(/INVOICE_KVK_NUMBER/);
    expect(() => sellerDetails({ INVOICE_VAT_ID: "BE0123456789" })).toThrow(/INVOICE_VAT_ID/);
    expect(() => sellerDetails({ INVOICE_EMAIL: "secretariaat" })).toThrow(/INVOICE_EMAIL/);
    expect(() => sellerDetails({ INVOICE_PAYMENT_TERM_DAYS: "dertig" })).toThrow(/INVOICE_PAYMENT_TERM_DAYS/);
    expect(() => sellerDetails({ INVOICE_PAYMENT_TERM_DAYS: "0" })).toThrow(/INVOICE_PAYMENT_TERM_DAYS/);
  });

  it("names every wrong variable at once", () => {
    expect(() => sellerDetails({ INVOICE_IBAN: "NL00ABNA0417164300", INVOICE_KVK_NUMBER: "x" })).toThrow(/INVOICE_IBAN.*INVOICE_KVK_NUMBER/);
  });
});

describe("VAT", () => {
  it("gives the legal line for each treatment", () => {
    expect(vatLine("outside-scope")).toBe("Niet onderworpen aan btw: de bijdrage is geen vergoeding voor een levering of dienst (art. 1 Wet OB 1968).");
    expect(vatLine("exempt")).toBe("Vrijgesteld van btw (art. 11 Wet OB 1968).");
    expect(vatLine("standard")).toBe("Btw 21 %");
  });

  it("keeps the whole fee as net amount when no VAT is charged", () => {
    expect(vatBreakdown(50000, "outside-scope")).toEqual({ netCents: 50000, vatCents: 0 });
    expect(vatBreakdown(50000, "exempt")).toEqual({ netCents: 50000, vatCents: 0 });
  });

  it("splits 21 % out of the fee: € 500 is 413,22 net and 86,78 VAT", () => {
    expect(vatBreakdown(50000, "standard")).toEqual({ netCents: 41322, vatCents: 8678 });
  });

  it("always adds up to the fee, with VAT within a cent of 21 % of the net amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (grossCents) => {
        const { netCents, vatCents } = vatBreakdown(grossCents, "standard");
        expect(netCents + vatCents).toBe(grossCents);
        expect(Number.isInteger(netCents)).toBe(true);
        expect(Math.abs(vatCents - netCents * 0.21)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
