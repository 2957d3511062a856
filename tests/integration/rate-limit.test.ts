import { describe, expect, it } from "vitest";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { db } from "@/lib/db/client";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { SHARED_CLIENT } from "@/lib/rate-limit/client-address";
import { signInPerEmail } from "@/lib/rate-limit/rules";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

describe("rate limits", () => {
  withFreshDatabase();

  it("refuse the N+1th hit in a window and allow it again in the next window", async () => {
    const rule = { name: "test", limit: 3, windowSeconds: 60 };
    const start = new Date("2026-11-23T10:00:05Z");
    for (let hit = 0; hit < 3; hit += 1) expect(await hitRateLimit(db, rule, "a@b.test", start)).toEqual({ allowed: true });
    expect(await hitRateLimit(db, rule, "a@b.test", new Date("2026-11-23T10:00:30Z"))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await hitRateLimit(db, rule, "someone-else@b.test", start)).toEqual({ allowed: true });
    expect(await hitRateLimit(db, rule, "a@b.test", new Date("2026-11-23T10:01:00Z"))).toEqual({ allowed: true });
  });

  it("stop sign-in links to one address after the limit, and send nothing for the refused request", async () => {
    const email = "veel-links@wmo.test";
    await buildPerson(db, { email, name: "Veel Links" });
    const now = new Date("2026-11-23T12:00:00Z");
    const ask = (client: string, at = now) => requestSignInLink(db, { email, client, returnTo: "/mijn-gegevens", now: at });
    for (let request = 0; request < signInPerEmail.limit; request += 1) expect((await ask(`10.0.0.${request}`)).allowed).toBe(true);
    expect((await ask("10.0.0.99")).allowed).toBe(false);
    expect(await db.outboxMail.count({ where: { to: email } })).toBe(signInPerEmail.limit);

    const nextWindow = new Date(now.getTime() + signInPerEmail.windowSeconds * 1000);
    expect((await ask("10.0.0.100", nextWindow)).allowed).toBe(true);
    expect(await db.outboxMail.count({ where: { to: email } })).toBe(signInPerEmail.limit + 1);
  });

  it("leave a real user able to sign in after an anonymous burst through the shared counter", async () => {
    const now = new Date("2026-11-23T14:00:00Z");
    await buildPerson(db, { email: "echte-gebruiker@wmo.test", name: "Echte Gebruiker" });
    for (let request = 0; request < 200; request += 1) {
      await requestSignInLink(db, { email: `aanvaller-${request}@wmo.test`, client: SHARED_CLIENT, returnTo: "/", now });
    }
    expect((await requestSignInLink(db, { email: "echte-gebruiker@wmo.test", client: SHARED_CLIENT, returnTo: "/", now })).allowed).toBe(true);
    expect(await db.outboxMail.count({ where: { to: "echte-gebruiker@wmo.test" } })).toBe(1);
  });

  it("do not count a request its client was refused for against the address it names", async () => {
    const now = new Date("2026-11-23T16:00:00Z");
    const victim = "secretaris-doelwit@wmo.test";
    await buildPerson(db, { email: victim, name: "Doelwit" });
    const attacker = "10.9.9.9";
    for (let request = 0; request < 60; request += 1) await requestSignInLink(db, { email: `ander-${request}@wmo.test`, client: attacker, returnTo: "/", now });
    for (let request = 0; request < 20; request += 1)
      expect((await requestSignInLink(db, { email: victim, client: attacker, returnTo: "/", now })).allowed).toBe(false);
    expect((await requestSignInLink(db, { email: victim, client: "10.1.1.1", returnTo: "/", now })).allowed).toBe(true);
    expect(await db.outboxMail.count({ where: { to: victim } })).toBe(1);
  });
});
