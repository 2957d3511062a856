import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setRsvp } from "@/lib/meetings/rsvp";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildMembership } from "../support/builders/membership";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildMunicipalMember, buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

const now = new Date("2026-11-23T10:00:00Z");

describe("RSVPs", () => {
  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db, { today: now });
  });

  it("keep one answer per person per meeting, for meetings still to come, from people covered this year only", async () => {
    const tilburg = await municipalityIdNamed(db, "Tilburg");
    await buildMembership(db, { municipalityId: tilburg, year: 2026 });
    const member = await buildMunicipalMember(db, tilburg, { name: "Lid", email: "lid@wmo.test" });
    const uncovered = await buildPerson(db, { name: "Lid zonder gemeente", email: "los@wmo.test" });
    const upcoming = await db.meeting.findFirstOrThrow({ where: { startsAt: { gte: now }, kind: { not: "TWENTY_FOUR_HOUR" } }, select: { id: true } });
    const past = await db.meeting.findUniqueOrThrow({ where: { slug: "2020-02-03-bijeenkomst" }, select: { id: true } });
    const answer = (meetingId: string, status: "ATTENDING" | "NOT_ATTENDING", userId = member.id) => setRsvp(db, { userId, meetingId, status, now });

    expect(await answer(upcoming.id, "ATTENDING")).toEqual({ outcome: "saved", status: "ATTENDING", waitlistPosition: null, promoted: [] });
    expect(await answer(upcoming.id, "NOT_ATTENDING")).toEqual({ outcome: "saved", status: "NOT_ATTENDING", waitlistPosition: null, promoted: [] });
    expect(await db.rsvp.findMany({ select: { meetingId: true, status: true } })).toEqual([{ meetingId: upcoming.id, status: "NOT_ATTENDING" }]);

    expect(await answer(past.id, "ATTENDING")).toEqual({ outcome: "closed" });
    expect(await answer(upcoming.id, "ATTENDING", uncovered.id)).toEqual({ outcome: "not-allowed" });
    expect(await db.rsvp.count()).toBe(1);
  });
});
