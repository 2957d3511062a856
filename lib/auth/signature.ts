import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

/** HMAC-SHA256 of `message` with AUTH_SECRET, for links that act for one person without signing in. */
export function signatureOf(message: string): string {
  return createHmac("sha256", authSecret()).update(message).digest("base64url");
}

/** True when `signature` is the signature of `message` (constant-time comparison). */
export function isSignatureOf(message: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(message));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
