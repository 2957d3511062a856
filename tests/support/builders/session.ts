import { randomBytes } from "node:crypto";
import type { Database } from "../../../lib/db/client";

const DAY_MS = 24 * 3600 * 1000;

/** An Auth.js database session of the person, valid for a day unless `expires` says otherwise; returns the token the session cookie holds. */
export async function buildSession(db: Database, userId: string, expires = new Date(Date.now() + DAY_MS)) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}
