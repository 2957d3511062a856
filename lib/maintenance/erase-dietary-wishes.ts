import "server-only";
import type { Database } from "../db/client";
import { dietaryWishesRetentionDays } from "../meetings/rsvp-retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Dietary wishes can reveal health or religion: erased once the meeting ended more than the retention
 * period ago. Run daily with the other maintenance; returns how many answers lost their wishes.
 */
export async function eraseDietaryWishes(db: Database, now = new Date(), retentionDays = dietaryWishesRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const { count } = await db.rsvp.updateMany({ where: { dietaryWishes: { not: null }, meeting: { endsAt: { lt: cutoff } } }, data: { dietaryWishes: null } });
  return count;
}
