/** "€ 500" for whole euros, "€ 500,50" otherwise. */
export function formatEuros(cents: number): string {
  const euros = cents / 100;
  const digits = Number.isInteger(euros) ? 0 : 2;
  const amount = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(euros);
  return `€ ${amount}`;
}
