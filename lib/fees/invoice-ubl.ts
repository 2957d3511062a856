import { create } from "xmlbuilder2";
import type { ExpandObject } from "xmlbuilder2/lib/interfaces";
import { formatInvoiceDate } from "./invoice-format";
import { eInvoiceRefusal } from "./einvoice-refusal";
import { buyerLegalName, buyerPostalAddress, type BuyerDetails, type InvoiceDocument, type SellerDetails, type VatTreatment } from "./invoice-snapshot";
import { STANDARD_VAT_PERCENT, vatBreakdown, vatLine } from "./invoicing-config";

const UBL = "urn:oasis:names:specification:ubl:schema:xsd";
const PEPPOL_BILLING_CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
const PEPPOL_BILLING_PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
// Peppol's electronic address schemes (EAS), also identifier schemes (ISO 6523 ICD) for 0106 and 0190:
// 0106 = KvK number, 0190 = Dutch OIN, 9944 = Dutch VAT id.
const KVK_SCHEME = "0106";
const OIN_SCHEME = "0190";
const DUTCH_VAT_SCHEME = "9944";
const SEPA_CREDIT_TRANSFER = "58";
const UNIT_ONE = "C62";

/**
 * The invoice or credit note as a UBL 2.1 e-invoice per Peppol BIS Billing 3.0 (a CIUS of EN 16931, with the Dutch
 * rules NL-R-001 to NL-R-009 that come from NLCIUS). Elements follow the UBL schema's order. The electronic addresses
 * are the network's KvK number (else its VAT id) and the municipality's OIN. Throws the Dutch reason when the parties
 * lack what a valid e-invoice needs (see eInvoiceRefusal): it never makes one that the validators would refuse.
 */
export function renderInvoiceUbl(doc: InvoiceDocument): string {
  const refusal = eInvoiceRefusal(doc);
  if (refusal) throw new Error(`Geen e-factuur voor ${doc.number}. ${refusal}`);
  const isCredit = doc.kind === "CREDIT_NOTE";
  const root = isCredit ? "CreditNote" : "Invoice";
  const treatment = doc.seller.vatTreatment;
  const { netCents, vatCents } = vatBreakdown(doc.amountCents, treatment);
  const purchaseOrder = doc.buyer.purchaseOrderNumber;
  const note = [doc.reason && `Reden: ${doc.reason}`, vatLine(treatment)].filter(Boolean).join("\n");

  const body: ExpandObject = {
    "@xmlns": `${UBL}:${root}-2`,
    "@xmlns:cac": `${UBL}:CommonAggregateComponents-2`,
    "@xmlns:cbc": `${UBL}:CommonBasicComponents-2`,
    "cbc:CustomizationID": PEPPOL_BILLING_CUSTOMIZATION,
    "cbc:ProfileID": PEPPOL_BILLING_PROFILE,
    "cbc:ID": doc.number,
    "cbc:IssueDate": doc.issuedOn,
    // UBL 2.1 has no due date on a credit note; nothing is due from the buyer anyway.
    ...(isCredit ? { "cbc:CreditNoteTypeCode": "381" } : { "cbc:DueDate": doc.dueOn, "cbc:InvoiceTypeCode": "380" }),
    "cbc:Note": note,
    "cbc:DocumentCurrencyCode": doc.currency,
    // BT-10, the municipality's own reference for routing the invoice: its order number, else its contact (the name
    // Dutch public buyers ask for without an order). eInvoiceRefusal makes sure there is one.
    "cbc:BuyerReference": purchaseOrder ?? doc.buyer.contactName,
    ...(purchaseOrder && { "cac:OrderReference": { "cbc:ID": purchaseOrder } }),
    ...(doc.credits && {
      "cac:BillingReference": {
        "cac:InvoiceDocumentReference": { "cbc:ID": doc.credits.number, "cbc:IssueDate": doc.credits.issuedOn },
      },
    }),
    "cac:AccountingSupplierParty": { "cac:Party": sellerParty(doc.seller) },
    "cac:AccountingCustomerParty": { "cac:Party": buyerParty(doc.buyer) },
    // A credit note is paid back to the buyer, whose account the network does not know: no payment means.
    ...(!isCredit && payment(doc)),
    "cac:TaxTotal": {
      "cbc:TaxAmount": amount(vatCents),
      "cac:TaxSubtotal": {
        "cbc:TaxableAmount": amount(netCents),
        "cbc:TaxAmount": amount(vatCents),
        "cac:TaxCategory": { ...taxCategory(treatment), ...exemptionReason(treatment), ...vatScheme },
      },
    },
    "cac:LegalMonetaryTotal": {
      "cbc:LineExtensionAmount": amount(netCents),
      "cbc:TaxExclusiveAmount": amount(netCents),
      "cbc:TaxInclusiveAmount": amount(doc.amountCents),
      "cbc:PayableAmount": amount(doc.amountCents),
    },
    [isCredit ? "cac:CreditNoteLine" : "cac:InvoiceLine"]: {
      "cbc:ID": "1",
      [isCredit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity"]: { "@unitCode": UNIT_ONE, "#": "1" },
      "cbc:LineExtensionAmount": amount(netCents),
      "cac:Item": {
        "cbc:Name": doc.description,
        "cac:ClassifiedTaxCategory": { ...taxCategory(treatment), ...vatScheme },
      },
      "cac:Price": { "cbc:PriceAmount": amount(netCents) },
    },
  };
  return create({ version: "1.0", encoding: "UTF-8" }, { [root]: body }).end({ prettyPrint: true });
}

/** The network by its KvK number; without one (a trial), by the VAT id the invoice carries (eInvoiceRefusal). */
function sellerParty(seller: SellerDetails): ExpandObject {
  const kvk = seller.kvkNumber;
  return {
    "cbc:EndpointID": kvk ? { "@schemeID": KVK_SCHEME, "#": kvk } : { "@schemeID": DUTCH_VAT_SCHEME, "#": seller.vatId },
    "cac:PartyName": { "cbc:Name": seller.name },
    "cac:PostalAddress": {
      "cbc:StreetName": seller.street,
      "cbc:CityName": seller.city,
      "cbc:PostalZone": seller.postcode,
      "cac:Country": { "cbc:IdentificationCode": seller.countryCode },
    },
    // EN 16931 forbids the seller's VAT id when the invoice is outside the scope of VAT (BR-O-02).
    ...(seller.vatId &&
      seller.vatTreatment !== "outside-scope" && {
        "cac:PartyTaxScheme": { "cbc:CompanyID": seller.vatId, ...vatScheme },
      }),
    "cac:PartyLegalEntity": {
      "cbc:RegistrationName": seller.name,
      ...(kvk && { "cbc:CompanyID": { "@schemeID": KVK_SCHEME, "#": kvk } }),
    },
    "cac:Contact": { "cbc:ElectronicMail": seller.email },
  };
}

function buyerParty(buyer: BuyerDetails): ExpandObject {
  const address = buyerPostalAddress(buyer);
  const oin = { "@schemeID": OIN_SCHEME, "#": buyer.oin };
  const hasContact = buyer.contactName || buyer.contactEmail;
  return {
    "cbc:EndpointID": oin,
    "cac:PartyName": { "cbc:Name": buyerLegalName(buyer) },
    "cac:PostalAddress": {
      ...(address.streetName && { "cbc:StreetName": address.streetName }),
      ...(address.additionalStreetName && { "cbc:AdditionalStreetName": address.additionalStreetName }),
      ...(address.city && { "cbc:CityName": address.city }),
      ...(address.postcode && { "cbc:PostalZone": address.postcode }),
      "cac:Country": { "cbc:IdentificationCode": "NL" },
    },
    "cac:PartyLegalEntity": {
      "cbc:RegistrationName": buyerLegalName(buyer),
      "cbc:CompanyID": oin,
    },
    ...(hasContact && {
      "cac:Contact": {
        ...(buyer.contactName && { "cbc:Name": buyer.contactName }),
        ...(buyer.contactEmail && { "cbc:ElectronicMail": buyer.contactEmail }),
      },
    }),
  };
}

function payment(doc: InvoiceDocument): ExpandObject {
  const { seller } = doc;
  return {
    "cac:PaymentMeans": {
      "cbc:PaymentMeansCode": SEPA_CREDIT_TRANSFER,
      "cbc:PaymentID": doc.number,
      "cac:PayeeFinancialAccount": {
        "cbc:ID": seller.iban,
        "cbc:Name": seller.name,
        ...(seller.bic && { "cac:FinancialInstitutionBranch": { "cbc:ID": seller.bic } }),
      },
    },
    "cac:PaymentTerms": {
      "cbc:Note":
        `Betalen binnen ${seller.paymentTermDays} dagen, uiterlijk ${formatInvoiceDate(doc.dueOn)}, ` + `onder vermelding van factuurnummer ${doc.number}.`,
    },
  };
}

const vatScheme = { "cac:TaxScheme": { "cbc:ID": "VAT" } };

/** Category code and rate: no rate at all outside the scope of VAT (BR-O-05). */
function taxCategory(treatment: VatTreatment): ExpandObject {
  switch (treatment) {
    case "outside-scope":
      return { "cbc:ID": "O" };
    case "exempt":
      return { "cbc:ID": "E", "cbc:Percent": "0" };
    case "standard":
      return { "cbc:ID": "S", "cbc:Percent": String(STANDARD_VAT_PERCENT) };
  }
}

/** The VAT breakdown's exemption reason, required for O (BR-O-10) and E (BR-E-10). */
function exemptionReason(treatment: VatTreatment): ExpandObject {
  switch (treatment) {
    case "outside-scope":
      return { "cbc:TaxExemptionReasonCode": "VATEX-EU-O", "cbc:TaxExemptionReason": "Niet onderworpen aan btw" };
    case "exempt":
      return { "cbc:TaxExemptionReason": vatLine("exempt") };
    case "standard":
      return {};
  }
}

/** "500.00" in euros, with the currency as attribute. */
function amount(cents: number): ExpandObject {
  return { "@currencyID": "EUR", "#": (cents / 100).toFixed(2) };
}
