/** An invoicing address in the parts an e-invoice needs. */
export type InvoiceAddressParts = { invoiceStreet: string; invoicePostcode: string; invoiceCity: string };

// The same rule as the migration that split the stored addresses (prisma/migrations/*_invoice_address_parts): an
// address ending in a Dutch postcode and a place, on one line or more, separated by spaces or commas.
const ADDRESS = /^\s*([\s\S]*[^\s,])[\s,]+([1-9]\d{3}) ?([A-Za-z]{2})[\s,]+([^\s,0-9](?:[^\r\n]*\S)?)\s*$/;

/** "Postbus 90155\n5000 LH Tilburg" → street "Postbus 90155", postcode "5000 LH", city "Tilburg"; null when it has no postcode and place at the end. */
export function splitInvoiceAddress(address: string): InvoiceAddressParts | null {
  const parts = ADDRESS.exec(address);
  if (!parts) return null;
  const [, street, digits, letters, city] = parts as unknown as [string, string, string, string, string];
  return { invoiceStreet: street.replace(/\s*[\r\n]+\s*/g, ", "), invoicePostcode: `${digits} ${letters.toUpperCase()}`, invoiceCity: city };
}
