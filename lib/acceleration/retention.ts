/** Days after an accepted or declined request was closed that it is kept (ACCELERATION_REQUEST_RETENTION_DAYS, default 730). */
export function accelerationRequestRetentionDays(): number {
  const setting = process.env.ACCELERATION_REQUEST_RETENTION_DAYS?.trim();
  const configured = Number(setting);
  return setting && Number.isInteger(configured) && configured >= 0 ? configured : 730;
}

/** A retention period in days as the privacy statement says it: whole years as years ("2 jaar"), otherwise days. */
export function describeRetention(days: number): string {
  if (days > 0 && days % 365 === 0) return `${days / 365} jaar`;
  return days === 1 ? "1 dag" : `${days} dagen`;
}
