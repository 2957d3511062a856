/** Days after a meeting that dietary wishes are kept (DIETARY_WISHES_RETENTION_DAYS, default 14). */
export function dietaryWishesRetentionDays(): number {
  const configured = Number(process.env.DIETARY_WISHES_RETENTION_DAYS);
  return Number.isInteger(configured) && configured >= 0 ? configured : 14;
}
