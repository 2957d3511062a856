import "server-only";
import type { Database } from "../db/client";
import type { FormState } from "../forms/form-state";

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

/**
 * Checks several limits in order and stops at the first refusal: a refused request counts only in the bucket
 * that refused it, so a flood from one client never uses up the buckets of the addresses it names.
 */
export async function hitRateLimits(db: Database, checks: [RateLimitRule, string][], now = new Date()): Promise<RateLimitResult> {
  for (const [rule, subject] of checks) {
    const result = await hitRateLimit(db, rule, subject, now);
    if (!result.allowed) return result;
  }
  return { allowed: true };
}

/** A form's answer to a save refused by its limit, in Dutch; the submitted values stay in the form. */
export function tooManySaves(retryAfterSeconds: number, values?: Record<string, string>): FormState {
  return { status: "error", message: `Je hebt dit te vaak achter elkaar opgeslagen. Probeer het over ${formatRetryAfter(retryAfterSeconds)} opnieuw.`, values };
}

export function formatRetryAfter(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "een minuut" : `${minutes} minuten`;
}
