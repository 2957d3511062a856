import { siteUrl } from "../site/config";
import { authSecret } from "./secret";

/**
 * Proof that this browser pressed "Log in" on our own link page (a same-origin form post, which Next.js checks)
 * before Auth.js spends the token: without it, a page elsewhere could send a visitor straight to the callback
 * with a link for the attacker's account and sign them into it (login CSRF). An HMAC of the token, in a
 * short-lived SameSite=Strict cookie only the callback receives.
 */
export const SIGN_IN_INTENT_COOKIE = "wmo-sign-in-intent";
export const SIGN_IN_CALLBACK_PATH = "/api/auth/callback/nodemailer";

export async function signInIntentFor(token: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(authSecret()), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = await crypto.subtle.sign("HMAC", key, encoder.encode(`sign-in-intent:${token}`));
  return Buffer.from(signature).toString("hex");
}

/** A form post from one of our own pages: the browser says so (Sec-Fetch-Site), or its Origin is this site's. */
export function isSameOriginPost(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  const origin = request.headers.get("origin");
  return !!origin && (origin === new URL(request.url).origin || origin === new URL(siteUrl()).origin);
}
