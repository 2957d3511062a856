import type { InvoiceDocument, SellerDetails } from "../../lib/fees/invoice-snapshot";

export const sampleSeller: SellerDetails = {
  name: "Wmo transformatienetwerk",
  street: "Catharijnesingel 47",
  postcode: "3511 GC",
  city: "Utrecht",
  countryCode: "NL",
  iban: "NL20INGB0001234567",
  bic: "INGBNL2A",
  kvkNumber: "12345678",
  vatId: null,
  email: "penningmeester@wmo-netwerk.example",
  vatTreatment: "outside-scope",
  paymentTermDays: 30,
};

export function sampleInvoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    kind: "INVOICE",
    number: "2027-0001",
    issuedOn: "2027-01-15",
    dueOn: "2027-02-14",
    amountCents: 50000,
    currency: "EUR",
    description: "Organisatiekosten Wmo transformatienetwerk 2027",
    reason: null,
    credits: null,
    buyer: {
      name: "Tilburg",
      contactName: "Joke de Vries",
      contactEmail: "crediteuren@tilburg.example",
      street: "Postbus 90155",
      postcode: "5000 LH",
      city: "Tilburg",
      purchaseOrderNumber: "PO-4711",
      oin: "00000001002564440000",
    },
    seller: sampleSeller,
    ...overrides,
  };
}

export function sampleCreditNote(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return sampleInvoice({
    kind: "CREDIT_NOTE",
    number: "2027-0002",
    issuedOn: "2027-03-01",
    dueOn: "2027-03-31",
    reason: "Dubbel gefactureerd",
    credits: { number: "2027-0001", issuedOn: "2027-01-15" },
    ...overrides,
  });
}
