import { formatShortDate } from "../format/dates";

/** "2027-01-15" → "15 januari 2027", the same in every server time zone. */
export function formatInvoiceDate(isoDate: string): string {
  // Noon UTC is the same calendar day in Amsterdam, whose date formatShortDate writes.
  return formatShortDate(new Date(`${isoDate}T12:00:00Z`));
}

/** "NL91ABNA0417164300" → "NL91 ABNA 0417 1643 00" */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}
