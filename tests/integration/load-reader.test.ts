import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db/client";
import { loadReader } from "@/lib/site/serving/load-reader";
import { buildMeeting } from "../support/builders/meeting";
import { buildAdmittedPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { buildSession } from "../support/builders/session";
import { withFreshDatabase } from "./database";

const DAY = 24 * 60 * 60 * 1000;
const fromNow = (ms: number) => new Date(Date.now() + ms);

describe("the reader of a kept page, found by their session in one query", () => {
  withFreshDatabase();
  let full: string;
  let empty: string;
  let member: string;
  /** The session tokens of an admitted member and the secretary, and of members whose session has expired or is old. */
  const tokens = { member: "", secretary: "", expired: "", old: "" };

  beforeAll(async () => {
    ({ id: full } = await buildMeeting(db));
    ({ id: empty } = await buildMeeting(db));
    ({ id: member } = await buildAdmittedPerson(db));
    const { id: secretary } = await buildAdmittedPerson(db, { role: "SECRETARY" });
    tokens.member = await buildSession(db, member, fromNow(SESSION_MAX_AGE_SECONDS * 1000 - 3_600_000));
    tokens.secretary = await buildSession(db, secretary, fromNow(SESSION_MAX_AGE_SECONDS * 1000 - 60_000));
    tokens.expired = await buildSession(db, (await buildAdmittedPerson(db)).id, fromNow(-60_000));
    tokens.old = await buildSession(db, (await buildAdmittedPerson(db)).id, fromNow(20 * DAY));
    await buildRsvp(db, { userId: secretary, meetingId: full, status: "WAITLISTED", waitlistedAt: fromNow(-2 * DAY) });
    await buildRsvp(db, { userId: member, meetingId: full, status: "WAITLISTED", waitlistedAt: fromNow(-DAY) });
  });

  it("gives the role and the answers to the page's meetings, with the place on the waiting list", async () => {
    const reader = await loadReader({ sessionToken: tokens.member }, [full, empty]);
    expect(reader).toEqual({ role: "MEMBER", answers: new Map([[full, { status: "WAITLISTED", waitlistPosition: 2 }]]) });
    expect(await loadReader({ sessionToken: tokens.member }, [])).toEqual({ role: "MEMBER", answers: new Map() });
    expect(await loadReader({ userId: member }, [full, empty])).toEqual(reader);
  });

  it("finds nobody for an expired or unknown session", async () => {
    expect(await loadReader({ sessionToken: tokens.expired }, [])).toBeNull();
    expect(await loadReader({ sessionToken: "bestaat-niet" }, [])).toBeNull();
  });

  it("leaves a session Auth.js would extend now to Next.js, and not one it extended within the day", async () => {
    expect(await loadReader({ sessionToken: tokens.old }, [])).toBe("refresh");
    expect(await loadReader({ sessionToken: tokens.secretary }, [])).toEqual({ role: "SECRETARY", answers: new Map() });
  });
});
