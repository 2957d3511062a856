import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db/client";
import { loadReader } from "@/lib/site/serving/load-reader";
import { withFreshDatabase } from "./database";

const DAY = 24 * 60 * 60 * 1000;

async function personWithSession(id: string, role: "MEMBER" | "SECRETARY", expiresIn: number) {
  await db.user.create({ data: { id, name: id, email: `${id}@wmo.test`, role, admittedAt: new Date() } });
  await db.session.create({ data: { sessionToken: `token-${id}`, userId: id, expires: new Date(Date.now() + expiresIn) } });
}

describe("the reader of a kept page, found by their session in one query", () => {
  withFreshDatabase();
  beforeAll(async () => {
    const meeting = (title: string) =>
      db.meeting.create({
        data: { slug: title, title, kind: "MEETING", startsAt: new Date(Date.now() + 30 * DAY), endsAt: new Date(Date.now() + 30 * DAY + 3_600_000) },
      });
    await meeting("vol");
    await meeting("leeg");
    await personWithSession("lid", "MEMBER", SESSION_MAX_AGE_SECONDS * 1000 - 3_600_000);
    await personWithSession("secretaris", "SECRETARY", SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
    await personWithSession("verlopen", "MEMBER", -60_000);
    await personWithSession("oud", "MEMBER", 20 * DAY);
    const full = await db.meeting.findUniqueOrThrow({ where: { slug: "vol" } });
    await db.rsvp.createMany({
      data: [
        { userId: "secretaris", meetingId: full.id, status: "WAITLISTED", waitlistedAt: new Date(Date.now() - 2 * DAY) },
        { userId: "lid", meetingId: full.id, status: "WAITLISTED", waitlistedAt: new Date(Date.now() - DAY) },
      ],
    });
  });

  it("gives the role and the answers to the page's meetings, with the place on the waiting list", async () => {
    const full = await db.meeting.findUniqueOrThrow({ where: { slug: "vol" } });
    const empty = await db.meeting.findUniqueOrThrow({ where: { slug: "leeg" } });
    const reader = await loadReader({ sessionToken: "token-lid" }, [full.id, empty.id]);
    expect(reader).toEqual({ role: "MEMBER", answers: new Map([[full.id, { status: "WAITLISTED", waitlistPosition: 2 }]]) });
    expect(await loadReader({ sessionToken: "token-lid" }, [])).toEqual({ role: "MEMBER", answers: new Map() });
    expect(await loadReader({ userId: "lid" }, [full.id, empty.id])).toEqual(reader);
  });

  it("finds nobody for an expired or unknown session", async () => {
    expect(await loadReader({ sessionToken: "token-verlopen" }, [])).toBeNull();
    expect(await loadReader({ sessionToken: "bestaat-niet" }, [])).toBeNull();
  });

  it("leaves a session Auth.js would extend now to Next.js, and not one it extended within the day", async () => {
    expect(await loadReader({ sessionToken: "token-oud" }, [])).toBe("refresh");
    expect(await loadReader({ sessionToken: "token-secretaris" }, [])).toEqual({ role: "SECRETARY", answers: new Map() });
  });
});
