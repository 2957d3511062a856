import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { purgeExpired } from "@/lib/maintenance/purge-expired";
import { buildApplication } from "../support/builders/application";
import { buildPerson } from "../support/builders/person";
import { buildSession } from "../support/builders/session";
import { withFreshDatabase } from "./database";

const now = new Date("2026-11-23T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);

describe("purging expired data", () => {
  withFreshDatabase();

  it("removes expired links and sessions, old counters and cache invalidations, sent mail and unconfirmed sign-ups after 30 days, and nothing else", async () => {
    // Who signs up is a guest until the secretary approves.
    const stale = await buildPerson(db, { name: "Nooit Bevestigd", email: "oud@wmo.test", role: "GUEST", createdAt: daysAgo(31) });
    const confirmed = await buildPerson(db, {
      name: "Wel Bevestigd",
      email: "wel@wmo.test",
      role: "GUEST",
      emailVerified: daysAgo(30),
      createdAt: daysAgo(31),
    });
    for (const user of [stale, confirmed]) await buildApplication(db, { userId: user.id, year: 2026 });
    await buildSession(db, stale.id, daysAgo(1));
    await buildSession(db, confirmed.id, daysAgo(-1));
    await db.verificationToken.createMany({
      data: [
        { identifier: "a@wmo.test", token: "verlopen", expires: daysAgo(1) },
        { identifier: "a@wmo.test", token: "geldig", expires: daysAgo(-1) },
      ],
    });
    await db.rateLimitWindow.createMany({
      data: [
        { key: "sign-in:email:a@wmo.test", windowStart: daysAgo(2), count: 1 },
        { key: "sign-in:email:a@wmo.test", windowStart: now, count: 1 },
      ],
    });
    const mail = { to: "a@wmo.test", subject: "Onderwerp", html: "<p>x</p>", text: "x" };
    await db.outboxMail.createMany({
      data: [
        { ...mail, status: "SENT", createdAt: daysAgo(31) },
        { ...mail, status: "SENT", createdAt: daysAgo(29) },
        { ...mail, status: "PENDING", createdAt: daysAgo(31) },
      ],
    });

    await db.pageCacheInvalidation.createMany({
      data: [
        { tag: "_N_T_/layout", origin: "a", createdAt: daysAgo(2) },
        { tag: "_N_T_/agenda", origin: "a", createdAt: now },
      ],
    });

    expect(await purgeExpired(db, now)).toEqual({ tokens: 1, sessions: 1, rateLimitWindows: 1, mail: 1, unconfirmedSignUps: 1, cacheInvalidations: 1 });
    expect(await db.pageCacheInvalidation.findMany({ select: { tag: true } })).toEqual([{ tag: "_N_T_/agenda" }]);
    expect(await db.user.findMany({ select: { email: true } })).toEqual([{ email: "wel@wmo.test" }]);
    expect(await db.session.count()).toBe(1);
    expect(await db.verificationToken.findMany({ select: { token: true } })).toEqual([{ token: "geldig" }]);
    expect(await db.rateLimitWindow.count()).toBe(1);
    expect(await db.outboxMail.count()).toBe(2);
  });
});
