import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { attendanceCsv, attendanceCsvFileName } from "@/lib/attendance/attendance-csv";
import { countAttendance } from "@/lib/attendance/count-attendance";
import { countPresenceByMunicipality } from "@/lib/attendance/count-presence-by-municipality";
import { loadAttendance } from "@/lib/attendance/load-attendance";
import { recordPresence } from "@/lib/attendance/record-presence";
import { presenceSchema } from "@/lib/attendance/presence-schema";
import { listMeetingsForAdmin } from "@/lib/meetings/admin-queries";
import { loadPersonPage } from "@/lib/members/person-page";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { RsvpStatus } from "@/lib/db/generated/enums";
import { buildMeeting } from "../support/builders/meeting";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

let municipalityId: string;

type Answer = Partial<Omit<Prisma.RsvpUncheckedCreateInput, "userId" | "meetingId">> & { name: string; organisationName?: string; invited?: boolean };

/** A person of the municipality (or of `organisationName`) with an answer (or, without status, only an invitation) for one meeting. */
async function personAnswering(meetingId: string, { name, status, invited, organisationName, ...details }: Answer) {
  const person = await buildPerson(db, { name, ...(organisationName ? { organisationType: "OTHER", organisationName } : { municipalityId }) });
  if (status) await buildRsvp(db, { userId: person.id, meetingId, status, ...details });
  if (invited) await db.invitation.create({ data: { meetingId, userId: person.id } });
  return person;
}

async function growRsvps(meetingId: string, count: number) {
  const ids = Array.from({ length: count }, () => `bulk-${randomUUID()}`);
  await db.user.createMany({ data: ids.map((id, index) => ({ id, name: `Bulk ${index}`, email: `${id}@bulk.test`, role: "MEMBER", municipalityId })) });
  const statuses: RsvpStatus[] = ["ATTENDING", "NOT_ATTENDING", "WAITLISTED"];
  await db.rsvp.createMany({
    data: ids.map((userId, index) => ({
      userId,
      meetingId,
      status: statuses[index % 3],
      days: "BOTH" as const,
      dinner: index % 2 === 0,
      dietaryWishes: index % 5 === 0 ? "Vegetarisch" : null,
      waitlistedAt: index % 3 === 2 ? new Date(Date.UTC(2030, 0, 1, 0, 0, index)) : null,
    })),
  });
  await db.invitation.createMany({ data: ids.map((userId) => ({ meetingId, userId })) });
}

describe("attendance", () => {
  withFreshDatabase();
  beforeAll(async () => {
    ({ id: municipalityId } = await buildMunicipality(db, { name: "Súdwest-Fryslân" }));
  });

  it("counts answers, invitees without an answer, the waiting list, and for a 24-hour meeting days, dinner, overnight stay and diets", async () => {
    const { id } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const other = await buildMeeting(db, { kind: "MEETING" });
    await personAnswering(id, { name: "Anna", status: "ATTENDING", days: "BOTH", dinner: true, overnight: true, dietaryWishes: "Vegetarisch", invited: true });
    await personAnswering(id, { name: "Bram", status: "ATTENDING", days: "FIRST_DAY", dinner: true, dietaryWishes: "" });
    await personAnswering(id, { name: "Carla", status: "ATTENDING", days: "SECOND_DAY", overnight: true });
    await personAnswering(id, { name: "Dirk", status: "ATTENDING" });
    await personAnswering(id, { name: "Els", status: "NOT_ATTENDING", days: "BOTH", dinner: true, overnight: true, dietaryWishes: "Halal", invited: true });
    await personAnswering(id, { name: "Fenna", status: "WAITLISTED", days: "BOTH", dinner: true, waitlistedAt: new Date("2030-01-02T10:00:00Z") });
    await personAnswering(id, { name: "Gert", status: "WAITLISTED", waitlistedAt: new Date("2030-01-01T10:00:00Z"), invited: true });
    await personAnswering(id, { name: "Hans", invited: true });
    await personAnswering(id, { name: "Ilse", invited: true });
    await personAnswering(other.id, { name: "Elders", status: "ATTENDING", dinner: true, invited: true });

    expect(await countAttendance(db, id)).toEqual({
      attending: 4,
      notAttending: 1,
      waitlisted: 2,
      noAnswer: 2,
      dinner: 2,
      overnight: 2,
      firstDay: 2,
      secondDay: 2,
      daysUnknown: 1,
      withDietaryWishes: 1,
      present: 0,
    });

    const attendance = await loadAttendance(db, id);
    expect(attendance?.attending.map((row) => row.name)).toEqual(["Anna", "Bram", "Carla", "Dirk"]);
    // In order of joining the waiting list, not by name.
    expect(attendance?.waitlist.map((row) => row.name)).toEqual(["Gert", "Fenna"]);
    expect(attendance?.attending[0]).toMatchObject({
      organisation: "Súdwest-Fryslân",
      days: "BOTH",
      dinner: true,
      overnight: true,
      dietaryWishes: "Vegetarisch",
    });
    expect(await loadAttendance(db, "bestaat-niet")).toBeNull();
  });

  it("loads the page's data with the same number of queries for 5 and for 300 answers", async () => {
    const small = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    const large = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR" });
    await growRsvps(small.id, 5);
    await growRsvps(large.id, 300);

    const smallCount = await countQueries(() => loadAttendance(db, small.id));
    const largeCount = await countQueries(() => loadAttendance(db, large.id));
    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    // Meeting, grouped counts, diets, no answer, and the list with its people and municipalities (Prisma loads each relation in one IN query).
    expect(smallCount).toBeLessThanOrEqual(7);

    const loaded = await loadAttendance(db, large.id);
    expect(loaded?.counts).toMatchObject({ attending: 100, notAttending: 100, waitlisted: 100, noAnswer: 0 });
    expect(loaded?.attending).toHaveLength(100);
    expect(loaded?.waitlist).toHaveLength(100);
  });

  it("writes a CSV that Excel reads with Dutch characters: BOM, semicolons, CRLF, a Dutch header, quoted separators", async () => {
    const { id, slug } = await buildMeeting(db, { kind: "TWENTY_FOUR_HOUR", title: "24-uursbijeenkomst in Leeuwarden" });
    await personAnswering(id, {
      name: "José Ĳzerman; Zoë",
      status: "ATTENDING",
      days: "FIRST_DAY",
      dinner: true,
      dietaryWishes: 'Geen noten; ook geen "pinda\'s"',
    });
    await personAnswering(id, { name: "Bea Baars", organisationName: "Ministerie van VWS", status: "ATTENDING", days: "BOTH", overnight: true });
    await personAnswering(id, { name: "Wachtende Wim", status: "WAITLISTED", waitlistedAt: new Date("2030-01-01T10:00:00Z") });
    await personAnswering(id, { name: "Komt Niet", status: "NOT_ATTENDING" });

    const attendance = (await loadAttendance(db, id))!;
    const csv = attendanceCsv(attendance);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain("\r\n");
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    expect(csv.slice(1).split("\r\n")[0]).toBe("Naam;Gemeente of organisatie;E-mailadres;Antwoord;Plaats op wachtlijst;Dagen;Diner;Overnachting;Dieetwensen");

    const rows = parse(bytes, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    const email = (name: string) => attendance.attending.concat(attendance.waitlist).find((row) => row.name === name)!.email;
    expect(rows).toEqual([
      {
        Naam: "Bea Baars",
        "Gemeente of organisatie": "Ministerie van VWS",
        "E-mailadres": email("Bea Baars"),
        Antwoord: "Komt",
        "Plaats op wachtlijst": "",
        Dagen: "Beide dagen",
        Diner: "nee",
        Overnachting: "ja",
        Dieetwensen: "",
      },
      {
        Naam: "José Ĳzerman; Zoë",
        "Gemeente of organisatie": "Súdwest-Fryslân",
        "E-mailadres": email("José Ĳzerman; Zoë"),
        Antwoord: "Komt",
        "Plaats op wachtlijst": "",
        Dagen: "Alleen de eerste dag",
        Diner: "ja",
        Overnachting: "nee",
        Dieetwensen: 'Geen noten; ook geen "pinda\'s"',
      },
      {
        Naam: "Wachtende Wim",
        "Gemeente of organisatie": "Súdwest-Fryslân",
        "E-mailadres": email("Wachtende Wim"),
        Antwoord: "Op de wachtlijst",
        "Plaats op wachtlijst": "1",
        Dagen: "",
        Diner: "nee",
        Overnachting: "nee",
        Dieetwensen: "",
      },
    ]);
    expect(attendanceCsvFileName(slug)).toBe(`aanwezigheid-${slug}.csv`);
  });

  it("leaves out the 24-hour columns for an ordinary meeting and defuses cells Excel would run as a formula", async () => {
    const { id } = await buildMeeting(db, { kind: "MEETING" });
    await personAnswering(id, { name: '=HYPERLINK("https://kwaad.test";"klik")', status: "ATTENDING" });
    const [header, ...rows] = parse(Buffer.from(attendanceCsv((await loadAttendance(db, id))!), "utf8"), { delimiter: ";", bom: true }) as string[][];
    expect(header).toEqual(["Naam", "Gemeente of organisatie", "E-mailadres", "Antwoord", "Plaats op wachtlijst"]);
    expect(rows[0][0]).toBe('\'=HYPERLINK("https://kwaad.test";"klik")');
  });

  it("keeps who came: ticks saved together and audited, counted per meeting, per municipality and year, and on the person's page", async () => {
    const actor = { id: null, label: "test" };
    const now = new Date("2031-03-20T12:00:00Z");
    const { id: breda } = await buildMunicipality(db, { name: "Breda (presentie)" });
    const meeting = await buildMeeting(db, { title: "Presentie maart", startsAt: new Date("2031-03-12T12:00:00Z") });
    const earlier = await buildMeeting(db, { title: "Presentie februari", startsAt: new Date("2031-02-12T12:00:00Z") });
    const later = await buildMeeting(db, { title: "Presentie april", startsAt: new Date("2031-04-12T12:00:00Z") });
    const anna = await buildPerson(db, { name: "Anna Presentie", municipalityId: breda });
    const bram = await buildPerson(db, { name: "Bram Presentie", municipalityId: breda });
    const carla = await buildPerson(db, { name: "Carla Presentie", municipalityId });
    const rsvp = async (userId: string, meetingId: string, status: RsvpStatus = "ATTENDING") => (await buildRsvp(db, { userId, meetingId, status })).id;
    const annaHere = await rsvp(anna.id, meeting.id);
    const bramHere = await rsvp(bram.id, meeting.id);
    // Said no, came anyway: the secretary may tick her too.
    const carlaHere = await rsvp(carla.id, meeting.id, "NOT_ATTENDING");
    const annaEarlier = await rsvp(anna.id, earlier.id);
    const annaLater = await rsvp(anna.id, later.id);

    const before = await listMeetingsForAdmin(db, { query: "Presentie", filter: "", page: 1, now });
    expect(before.items.find((row) => row.id === meeting.id)).toMatchObject({ attending: 2, present: 0, presenceRecordedAt: null });

    // The form sends every ticked box under one name.
    const form = presenceSchema.parse({ meetingId: meeting.id, present: `${annaHere},${carlaHere}` });
    expect(await recordPresence(db, actor, form.meetingId, form.present, now)).toEqual({ outcome: "saved", present: 2 });
    expect(await recordPresence(db, actor, earlier.id, [annaEarlier], now)).toEqual({ outcome: "saved", present: 1 });
    expect(await recordPresence(db, actor, later.id, [annaLater], now)).toEqual({ outcome: "not-started" });
    expect(await recordPresence(db, actor, meeting.id, [annaEarlier], now)).toEqual({ outcome: "unknown-people" });
    expect(await recordPresence(db, actor, "bestaat-niet", [], now)).toEqual({ outcome: "not-found" });

    const attendance = await loadAttendance(db, meeting.id, now);
    expect(attendance?.counts).toMatchObject({ attending: 2, present: 2 });
    expect(attendance?.presenceOpen).toBe(true);
    expect(attendance?.presence.map((row) => [row.name, row.attended])).toEqual([
      ["Anna Presentie", true],
      ["Bram Presentie", false],
      ["Carla Presentie", true],
    ]);
    expect((await loadAttendance(db, later.id, now))?.presenceOpen).toBe(false);

    const rows = (await listMeetingsForAdmin(db, { query: "Presentie", filter: "", page: 1, now })).items;
    expect(rows.find((row) => row.id === meeting.id)).toMatchObject({ attending: 2, present: 2, presenceRecordedAt: now });
    expect(rows.find((row) => row.id === later.id)).toMatchObject({ attending: 1, present: 0, presenceRecordedAt: null });

    const byMunicipality = await countPresenceByMunicipality(db, now);
    expect(byMunicipality.years).toEqual([2031, 2030, 2029]);
    const named = (name: string) => byMunicipality.municipalities.find((row) => row.name === name)?.years;
    expect(named("Breda (presentie)")).toEqual({ 2031: { meetings: 2, present: 2 } });
    expect(named("Súdwest-Fryslân")).toEqual({ 2031: { meetings: 1, present: 1 } });

    // Unticking is saved too: one submit holds the whole list.
    await recordPresence(db, actor, meeting.id, [bramHere], now);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: meeting.id, action: "meeting.presence" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ entityType: "Meeting", before: { present: ["Anna Presentie", "Carla Presentie"] }, after: { present: ["Bram Presentie"] } });

    const page = await loadPersonPage(db, anna.id, now);
    expect(page?.person.rsvps.filter((answer) => answer.attended).map((answer) => answer.meeting.title)).toEqual(["Presentie februari"]);
  });
});
