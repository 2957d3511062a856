import "server-only";
import type { Database } from "../db/client";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Removes what the privacy statement promises not to keep: expired links and sessions, old counters, sent
 * mail after 30 days, sign-ups whose address was never confirmed within 30 days, and page-cache invalidations
 * older than a day (server processes read them within seconds).
 */
export async function purgeExpired(db: Database, now = new Date()) {
  const [tokens, sessions, windows, mail, unconfirmed, cacheInvalidations] = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY) } } }),
    db.outboxMail.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - 30 * DAY) } } }),
    db.user.deleteMany({
      where: { emailVerified: null, role: "GUEST", createdAt: { lt: new Date(now.getTime() - 30 * DAY) }, applications: { some: {} } },
    }),
    db.pageCacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DAY) } } }),
  ]);
  return {
    tokens: tokens.count,
    sessions: sessions.count,
    rateLimitWindows: windows.count,
    mail: mail.count,
    unconfirmedSignUps: unconfirmed.count,
    cacheInvalidations: cacheInvalidations.count,
  };
}
