import type { Database } from "../db/client";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a hit for `subject` under `rule` in a fixed time window stored in the database, so limits hold
 * across restarts and across server processes. The counter is incremented atomically by PostgreSQL.
 */
export async function hitRateLimit(db: Database, rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = rateLimitKey(rule, subject);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  if (row.count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

export function rateLimitKey(rule: RateLimitRule, subject: string) {
  return `${rule.name}:${subject.toLowerCase()}`;
}

/** Checks several limits; all are counted, the first refusal wins. */
export async function hitRateLimits(db: Database, checks: [RateLimitRule, string][], now = new Date()): Promise<RateLimitResult> {
  const results = [];
  for (const [rule, subject] of checks) results.push(await hitRateLimit(db, rule, subject, now));
  return results.find((result) => !result.allowed) ?? { allowed: true };
}

export function formatRetryAfter(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "een minuut" : `${minutes} minuten`;
}
