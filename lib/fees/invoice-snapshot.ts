// What an issued invoice or credit note carries. Stored as JSON on its Invoice row, so that reprinting it years
// later gives the same document even after the municipality's or the network's details have changed.

/** outside-scope: "niet onderworpen aan btw" (the default); exempt: "vrijgesteld"; standard: 21 %. */
export type VatTreatment = "outside-scope" | "exempt" | "standard";

export type SellerDetails = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  countryCode: string;
  /** Without spaces, e.g. NL91ABNA0417164300. */
  iban: string;
  bic: string | null;
  kvkNumber: string | null;
  vatId: string | null;
  email: string;
  vatTreatment: VatTreatment;
  paymentTermDays: number;
};

export type BuyerDetails = {
  /** The municipality, e.g. "Gemeente Tilburg" or just "Tilburg". */
  name: string;
  contactName: string | null;
  contactEmail: string | null;
  /** Free text over several lines, e.g. "Postbus 90155\n5000 LH Tilburg". */
  address: string | null;
  purchaseOrderNumber: string | null;
  /** The Dutch government organisation identifier (OIN), 20 digits. */
  oin: string | null;
};

export type InvoiceDocument = {
  kind: "INVOICE" | "CREDIT_NOTE";
  /** e.g. "2027-0001" */
  number: string;
  /** YYYY-MM-DD, a calendar date: never parse it as local time. */
  issuedOn: string;
  dueOn: string;
  /** The amount payable, VAT included; positive for a credit note too. */
  amountCents: number;
  currency: "EUR";
  /** e.g. "Organisatiekosten Wmo transformatienetwerk 2027" */
  description: string;
  /** Why a credit note was made. */
  reason: string | null;
  /** The invoice a credit note cancels. */
  credits: { number: string; issuedOn: string } | null;
  buyer: BuyerDetails;
  seller: SellerDetails;
};

/** "Tilburg" → "Gemeente Tilburg"; a name that already says "Gemeente" stays as it is. */
export function buyerLegalName(buyer: BuyerDetails): string {
  return /^gemeente\s/i.test(buyer.name) ? buyer.name : `Gemeente ${buyer.name}`;
}

export type PostalAddressParts = {
  streetName: string | null;
  additionalStreetName: string | null;
  postcode: string | null;
  city: string | null;
};

const DUTCH_POSTCODE_LINE = /^([1-9]\d{3})\s*([a-z]{2})(?:\s+(.*))?$/i;

/**
 * Splits a free-text address for the e-invoice. When the last line starts with a Dutch postcode
 * ("5000 LH Tilburg"), it gives the postcode and city, the first line the street and any further lines the
 * additional street name. Anything else goes into the street name as it is, without postcode or city.
 */
export function splitAddress(address: string | null): PostalAddressParts {
  const lines = (address ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const postcodeLine = lines.at(-1)?.match(DUTCH_POSTCODE_LINE);
  if (!postcodeLine) {
    return { streetName: lines.join(", ") || null, additionalStreetName: null, postcode: null, city: null };
  }
  const [street, ...additional] = lines.slice(0, -1);
  return {
    streetName: street ?? null,
    additionalStreetName: additional.join(", ") || null,
    postcode: `${postcodeLine[1]} ${postcodeLine[2].toUpperCase()}`,
    city: postcodeLine[3]?.trim() || null,
  };
}
