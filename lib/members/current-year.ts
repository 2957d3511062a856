import { localDateKey } from "../format/dates";

/** The calendar year in Amsterdam: memberships and fees run per calendar year. */
export function currentYear(now = new Date()): number {
  return Number(localDateKey(now).slice(0, 4));
}
