import { describe, expect, it } from "vitest";
import { editMunicipalitySchema, newMunicipalitySchema } from "@/lib/municipalities/municipality-schema";

const address = { invoiceStreet: "Postbus 90155", invoicePostcode: "5000 LH", invoiceCity: "Tilburg" };

function errorsOf(values: Record<string, string>, schema = newMunicipalitySchema) {
  const result = schema.safeParse({ name: "Tilburg", ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the municipality form's invoicing address", () => {
  it("takes street, postcode and city, and writes the postcode as 1234 AB", () => {
    const data = newMunicipalitySchema.parse({ name: "Tilburg", ...address, invoicePostcode: " 5000lh " });
    expect(data).toMatchObject({ invoiceStreet: "Postbus 90155", invoicePostcode: "5000 LH", invoiceCity: "Tilburg" });
    expect(newMunicipalitySchema.parse({ name: "Tilburg" })).toMatchObject({ invoiceStreet: null, invoicePostcode: null, invoiceCity: null });
  });

  it("refuses a postcode that is not Dutch, next to the field", () => {
    expect(errorsOf({ ...address, invoicePostcode: "0500 LH" })).toEqual({ invoicePostcode: "Vul een Nederlandse postcode in, bijvoorbeeld 5000 LH." });
    expect(errorsOf({ ...address, invoicePostcode: "B-1000" })).toHaveProperty("invoicePostcode");
  });

  it("asks for the missing parts of an address that is partly filled in", () => {
    expect(errorsOf({ invoiceStreet: "Postbus 90155, 5000 LH Tilburg" })).toEqual({
      invoicePostcode: "Vul ook de postcode in.",
      invoiceCity: "Vul ook de plaats in.",
    });
    expect(errorsOf({ id: "gemeente-1", invoiceCity: "Tilburg" }, editMunicipalitySchema)).toEqual({
      invoiceStreet: "Vul ook de straat en het huisnummer (of de postbus) in.",
      invoicePostcode: "Vul ook de postcode in.",
    });
  });

  it("wants the OIN and a reference (order number or contact) for e-invoices", () => {
    expect(errorsOf({ ...address, wantsEInvoice: "ja" })).toEqual({
      oin: "Vul het OIN in: een e-factuur gaat naar het OIN. Of zet de e-factuur uit.",
      invoiceContactName: "Vul een contactpersoon of een opdrachtnummer in: een e-factuur heeft een referentie van de gemeente nodig.",
    });
    expect(errorsOf({ ...address, wantsEInvoice: "ja", oin: "00000001002564440000", invoiceContactName: "Joke de Vries" })).toEqual({});
    expect(errorsOf({ ...address, wantsEInvoice: "ja", oin: "00000001002564440000", purchaseOrderNumber: "4500012345" })).toEqual({});
    expect(errorsOf({ ...address })).toEqual({});
  });
});
