/** The yearly contribution per municipality in cents (default € 500), read when a fee record is made. */
export function annualFeeCents(): number {
  const configured = Number(process.env.ANNUAL_FEE_CENTS);
  return Number.isInteger(configured) && configured > 0 ? configured : 50000;
}
