import { buyerLegalName, buyerPostalAddress, type InvoiceDocument } from "./invoice-snapshot";

type Parties = Pick<InvoiceDocument, "buyer" | "seller">;

/**
 * Why these parties' invoice cannot be an e-invoice that passes the EN 16931 and Peppol BIS Billing 3.0 rules, in
 * Dutch for the secretary; null when it can. The PDF is always possible.
 * - The network needs an identifier (BR-CO-26) and a Peppol electronic address (PEPPOL-EN16931-R020, -CL008): its KvK
 *   number, or else its VAT id, which EN 16931 forbids outside the scope of VAT (BR-O-02).
 * - The municipality needs its OIN as electronic address (PEPPOL-EN16931-R010; an e-mail address is no Peppol
 *   scheme), a full address (NL-R-004) and a reference of its own: an order number or a contact (PEPPOL-EN16931-R003).
 */
export function eInvoiceRefusal({ buyer, seller }: Parties): string | null {
  const municipality = buyerLegalName(buyer).replace(/^Gemeente/, "gemeente");
  if (!seller.kvkNumber && !(seller.vatId && seller.vatTreatment !== "outside-scope")) {
    return "Een e-factuur heeft het KvK-nummer van het netwerk nodig: laat de beheerder van de site INVOICE_KVK_NUMBER instellen (8 cijfers).";
  }
  if (!buyer.oin) return `Een e-factuur gaat naar het OIN van de gemeente: vul het OIN van ${municipality} in.`;
  const address = buyerPostalAddress(buyer);
  if (!address.streetName || !address.postcode || !address.city) {
    return `Een e-factuur heeft het volledige factuuradres nodig (straat en huisnummer, postcode en plaats): vul het factuuradres van ${municipality} aan.`;
  }
  if (!buyer.purchaseOrderNumber && !buyer.contactName) {
    return `Een e-factuur aan een gemeente heeft een referentie van de gemeente nodig: vul bij ${municipality} een opdrachtnummer of een contactpersoon voor facturen in.`;
  }
  return null;
}
