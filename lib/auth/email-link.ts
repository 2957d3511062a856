import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { siteUrl } from "../site/config";
import { authSecret } from "./secret";

export const LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * A single-use sign-in link for Auth.js's e-mail provider. Stored exactly as Auth.js stores its own
 * (SHA-256 of token + secret), so its callback verifies and consumes it; the link itself is never stored.
 */
export async function createSignInUrl(tx: Prisma.TransactionClient | Database, email: string, callbackPath: string, now = new Date()) {
  const token = randomBytes(32).toString("hex");
  await tx.verificationToken.create({
    data: {
      identifier: email,
      token: createHash("sha256").update(`${token}${authSecret()}`).digest("hex"),
      expires: new Date(now.getTime() + LINK_MAX_AGE_SECONDS * 1000),
    },
  });
  const query = new URLSearchParams({ callbackUrl: callbackPath, token, email });
  // A landing page with a button, not Auth.js's callback itself: see app/inloggen/link/page.tsx.
  return `${siteUrl()}/inloggen/link?${query}`;
}
