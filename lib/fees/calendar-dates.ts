import { localDateKey } from "../format/dates";

// Invoice, due and payment dates are calendar dates (PostgreSQL "date", read as midnight UTC), handled as
// YYYY-MM-DD keys so no time zone can move them a day.

export function todayKey(now = new Date()): string {
  return localDateKey(now);
}

export function dateOfKey(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export function keyOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(key: string, days: number): string {
  return keyOfDate(new Date(dateOfKey(key).getTime() + days * 86_400_000));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOfKey(to).getTime() - dateOfKey(from).getTime()) / 86_400_000);
}

/** Days an invoice is past its due date on `today`: only while the fee still waits for payment, never negative. */
export function overdueDays(status: string, dueOn: Date | null | undefined, today: string): number {
  return status === "INVOICED" && dueOn ? Math.max(0, daysBetween(keyOfDate(dueOn), today)) : 0;
}
