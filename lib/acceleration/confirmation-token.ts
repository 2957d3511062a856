import { createHash, randomBytes } from "node:crypto";

/**
 * Days an unconfirmed request waits for its link to be used, as long as an unconfirmed sign-up is kept; after that
 * the link stops working and maintenance erases the request.
 */
export const UNCONFIRMED_REQUEST_DAYS = 30;

export function hashConfirmationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh link token and the hash stored in its place: the token itself is only ever in the e-mail. */
export function newConfirmationToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashConfirmationToken(token) };
}

/** Requests made before this moment can no longer be confirmed. */
export function confirmableSince(now: Date): Date {
  return new Date(now.getTime() - UNCONFIRMED_REQUEST_DAYS * 24 * 60 * 60 * 1000);
}
