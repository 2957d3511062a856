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
  /** Street and number, or a PO box: "Postbus 90155". */
  street: string | null;
  /** A Dutch postcode, "5000 LH". */
  postcode: string | null;
  city: string | null;
  /**
   * Only on invoices issued before the address had parts (December 2026): the address as typed, over several
   * lines ("Postbus 90155\n5000 LH Tilburg"). The PDF shows it as it was; the e-invoice splits it.
   */
  address?: string | null;
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

/** A buyer as stored on an invoice, issued before or after the address had parts. */
export function buyerOfSnapshot(stored: unknown): BuyerDetails {
  return { street: null, postcode: null, city: null, ...(stored as Partial<BuyerDetails>) } as BuyerDetails;
}

/** An address in parts as lines on paper: "Postbus 90155", "5000 LH Tilburg". */
export function addressLines({ street, postcode, city }: Pick<BuyerDetails, "street" | "postcode" | "city">): string[] {
  const placeLine = [postcode, city].filter(Boolean).join(" ");
  return [street, placeLine].filter((line): line is string => !!line);
}

/** The buyer's address as the PDF prints it: in lines, or an older invoice's address as typed. */
export function buyerAddressLines(buyer: BuyerDetails): string[] {
  if (buyer.address !== undefined) return buyer.address?.trim() ? [buyer.address.trim()] : [];
  return addressLines(buyer);
}

/** The buyer's address in the e-invoice's parts; an older invoice's typed address is split (see splitAddress). */
export function buyerPostalAddress(buyer: BuyerDetails): PostalAddressParts {
  if (buyer.address !== undefined) return splitAddress(buyer.address);
  return { streetName: buyer.street, additionalStreetName: null, postcode: buyer.postcode, city: buyer.city };
}

export type PostalAddressParts = {
  streetName: string | null;
  additionalStreetName: string | null;
  postcode: string | null;
  city: string | null;
};

/** Street lines, then a Dutch postcode and a place at the very end: on their own line or after a comma or space. */
const TRAILING_POSTCODE_AND_CITY = /^([\s\S]*[^\s,])[\s,]+([1-9]\d{3}) ?([a-z]{2})[\s,]+([^\s,\d](?:[^\n]*\S)?)$/i;

/**
 * Splits an older invoice's free-text address for the e-invoice, as the migration to an address in parts split the
 * municipalities' addresses: a trailing "5000 LH Tilburg" (on the last line, or after a comma: "Postbus 90155, 5000 LH
 * Tilburg") gives postcode and city, the first line before it the street and any further lines the additional street
 * name. Anything else goes into the street name whole, without postcode or city.
 */
export function splitAddress(address: string | null): PostalAddressParts {
  const text = (address ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
  const match = text.match(TRAILING_POSTCODE_AND_CITY);
  if (!match) return { streetName: text.replaceAll("\n", ", ") || null, additionalStreetName: null, postcode: null, city: null };
  const [street, ...additional] = match[1]!.split("\n");
  return {
    streetName: street!,
    additionalStreetName: additional.join(", ") || null,
    postcode: `${match[2]} ${match[3]!.toUpperCase()}`,
    city: match[4]!,
  };
}
