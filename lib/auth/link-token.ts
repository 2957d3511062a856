import { createHash, randomBytes } from "node:crypto";

/** A link token as it arrives in an address: 32 random bytes in base64url. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh token for an e-mailed confirmation link and the hash stored in its place: the token itself is only ever in the e-mail. */
export function newLinkToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}
