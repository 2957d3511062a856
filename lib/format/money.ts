/** "€ 500" for whole euros, "€ 500,50" otherwise. */
export function formatEuros(cents: number): string {
  const euros = cents / 100;
  const digits = Number.isInteger(euros) ? 0 : 2;
  const amount = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(euros);
  return `€ ${amount}`;
}

/**
 * "€ 500,00", "€ 1.250,50", "€ -500,00": always with cents, as on an invoice, and with an ordinary space so that
 * text extracted from a PDF can be searched.
 */
export function formatEurosWithCents(cents: number): string {
  const amount = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(cents) / 100);
  return `€ ${cents < 0 ? "-" : ""}${amount}`;
}
