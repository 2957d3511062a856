import "server-only";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import { hitRateLimits, type RateLimitResult } from "../rate-limit/rate-limit";
import { signInClientRule, signInPerEmail } from "../rate-limit/rules";

/**
 * Mails a sign-in link to a known address, or a "you have no account yet" note to an unknown one:
 * the answer on screen is the same either way, so the form reveals nobody's account.
 */
export async function requestSignInLink(
  db: Database,
  { email, client, returnTo, now = new Date() }: { email: string; client: string; returnTo: string; now?: Date },
): Promise<RateLimitResult> {
  const limit = await hitRateLimits(
    db,
    [
      [signInClientRule(client), client],
      [signInPerEmail, email],
    ],
    now,
  );
  if (!limit.allowed) return limit;
  const known = (await db.user.count({ where: { email, deactivatedAt: null } })) > 0;
  // Only queued here: the mail worker sends it, so a slow mail server never holds up the sign-in page.
  await queueMail(db, known ? { to: email, template: "sign-in-link", data: { callbackPath: returnTo } } : { to: email, template: "no-account", data: {} });
  return limit;
}
