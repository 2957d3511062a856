import { NoAccountEmail } from "@/emails/no-account";
import { SignInLinkEmail } from "@/emails/sign-in-link";
import type { Database } from "../db/client";
import { deliverPendingMail, enqueueMail } from "../mail/outbox";
import { renderEmail } from "../mail/render-email";
import { hitRateLimits, type RateLimitResult } from "../rate-limit/rate-limit";
import { signInPerClient, signInPerEmail } from "../rate-limit/rules";
import { siteUrl } from "../site/config";
import { createSignInUrl } from "./email-link";

/**
 * Mails a sign-in link to a known address, or a "you have no account yet" note to an unknown one:
 * the answer on screen is the same either way, so the form reveals nobody's account.
 */
export async function requestSignInLink(
  db: Database,
  { email, client, returnTo, now = new Date() }: { email: string; client: string; returnTo: string; now?: Date },
): Promise<RateLimitResult> {
  const limit = await hitRateLimits(db, [[signInPerEmail, email], [signInPerClient, client]], now);
  if (!limit.allowed) return limit;
  const known = (await db.user.count({ where: { email, deactivatedAt: null } })) > 0;
  await db.$transaction(async (tx) => {
    const message = known
      ? await renderEmail("Je inloglink voor het Wmo transformatienetwerk", <SignInLinkEmail url={await createSignInUrl(tx, email, returnTo, now)} />)
      : await renderEmail("Inloggen bij het Wmo transformatienetwerk", <NoAccountEmail signUpUrl={`${siteUrl()}/aanmelden`} />);
    await enqueueMail(tx, email, message);
  });
  await deliverPendingMail(db);
  return limit;
}
