import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, db, type Database } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { recordAnswer } from "@/lib/meetings/rsvp";
import { buildMeeting } from "../support/builders/meeting";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

const url = inject("databaseUrl");
const embedded = inject("embedded");
const PLACES = 50;
const PEOPLE = 200;

describe("places and the waiting list under concurrency", () => {
  // Several clients (several server processes); the embedded database takes one connection at a time.
  const clients: Database[] = embedded ? [db] : Array.from({ length: 4 }, () => createPrismaClient(url));
  let meetingId: string;
  let people: User[];

  withFreshDatabase();
  beforeAll(async () => {
    ({ id: meetingId } = await buildMeeting(db, { title: `Bijeenkomst met ${PLACES} plaatsen`, capacity: PLACES }));
    people = await Promise.all(Array.from({ length: PEOPLE }, () => buildPerson(db)));
  });
  afterAll(async () => {
    await Promise.all(clients.filter((client) => client !== db).map((client) => client.$disconnect()));
  });

  it(`${PEOPLE} parallel "yes" answers for ${PLACES} places: exactly ${PLACES} come, the rest wait in arrival order`, async () => {
    const results = await Promise.all(
      people.map((person, index) => recordAnswer(clients[index % clients.length], { userId: person.id, meetingId, status: "ATTENDING" })),
    );
    expect(results.every((result) => result.outcome === "saved")).toBe(true);
    const saved = results.map((result) => (result.outcome === "saved" ? result : null)).filter((result) => result !== null);

    const rows = await db.rsvp.findMany({ where: { meetingId }, select: { userId: true, status: true, waitlistedAt: true } });
    expect(rows.filter((row) => row.status === "ATTENDING")).toHaveLength(PLACES);
    const waiting = rows.filter((row) => row.status === "WAITLISTED").sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime());
    expect(waiting).toHaveLength(PEOPLE - PLACES);
    expect(rows.filter((row) => row.status === "ATTENDING").every((row) => row.waitlistedAt === null)).toBe(true);
    // Every waiting person has their own moment, and the position each was told is their place in that order.
    expect(new Set(waiting.map((row) => row.waitlistedAt!.getTime())).size).toBe(PEOPLE - PLACES);
    const told = new Map(people.map((person, index) => [person.id, saved[index].waitlistPosition]));
    waiting.forEach((row, index) => expect(told.get(row.userId)).toBe(index + 1));
    // One confirmation per answer.
    expect(await db.outboxMail.count({ where: { meetingId } })).toBe(PEOPLE);
  });

  it("one cancellation moves exactly the first waiting person up, and e-mails them", async () => {
    const [leaving] = await db.rsvp.findMany({ where: { meetingId, status: "ATTENDING" }, take: 1, select: { userId: true } });
    const first = await db.rsvp.findFirstOrThrow({ where: { meetingId, status: "WAITLISTED" }, orderBy: { waitlistedAt: "asc" }, select: { userId: true } });
    const result = await recordAnswer(db, { userId: leaving.userId, meetingId, status: "NOT_ATTENDING" });
    expect(result).toMatchObject({ outcome: "saved", status: "NOT_ATTENDING", promoted: [first.userId] });
    expect(await db.rsvp.count({ where: { meetingId, status: "ATTENDING" } })).toBe(PLACES);
    expect(await db.rsvp.count({ where: { meetingId, status: "WAITLISTED" } })).toBe(PEOPLE - PLACES - 1);
    expect(
      await db.rsvp.findUniqueOrThrow({ where: { userId_meetingId: { userId: first.userId, meetingId } }, select: { status: true, waitlistedAt: true } }),
    ).toEqual({
      status: "ATTENDING",
      waitlistedAt: null,
    });
    const { email } = people.find((person) => person.id === first.userId)!;
    const mails = await db.outboxMail.findMany({
      where: { to: email! },
      orderBy: { createdAt: "asc" },
      select: { template: true, templateData: true },
    });
    expect(mails.at(-1)).toMatchObject({
      template: "rsvp-confirmation",
      templateData: { meetingId, userId: first.userId, status: "ATTENDING", promoted: true },
    });
  });

  it("a waiting person who says no leaves the list without promoting anyone", async () => {
    const last = await db.rsvp.findFirstOrThrow({ where: { meetingId, status: "WAITLISTED" }, orderBy: { waitlistedAt: "desc" }, select: { userId: true } });
    expect(await recordAnswer(db, { userId: last.userId, meetingId, status: "NOT_ATTENDING" })).toMatchObject({ outcome: "saved", promoted: [] });
    expect(await db.rsvp.count({ where: { meetingId, status: "ATTENDING" } })).toBe(PLACES);
    expect(await db.rsvp.count({ where: { meetingId, status: "WAITLISTED" } })).toBe(PEOPLE - PLACES - 2);
  });
});
