import "server-only";
import { NoAccountEmail } from "@/emails/no-account";
import type { Database } from "../db/client";
import { signInLinkMail } from "../mail/account-templates";
import { enqueueMail } from "../mail/outbox";
import { renderEmail } from "../mail/render-email";
import { hitRateLimits, type RateLimitResult } from "../rate-limit/rate-limit";
import { signInClientRule, signInPerEmail } from "../rate-limit/rules";
import { siteUrl } from "../site/config";

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
  const message = known
    ? signInLinkMail(returnTo)
    : await renderEmail("Inloggen bij het Wmo transformatienetwerk", <NoAccountEmail signUpUrl={`${siteUrl()}/aanmelden`} />);
  await enqueueMail(db, email, message);
  return limit;
}
