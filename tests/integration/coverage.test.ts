import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDownloadableDocument } from "@/lib/documents/find-downloadable-document";
import { inviteSchema } from "@/lib/invitations/invite-schema";
import { selectRecipients } from "@/lib/invitations/select-recipients";
import { setRsvp } from "@/lib/meetings/rsvp";
import { approveApplication } from "@/lib/members/approve-application";
import { type Coverage, coveredInYear, findCoverage, isCovered } from "@/lib/members/coverage";
import { endPersonalMembership, givePersonalMembership } from "@/lib/members/manage-personal-membership";
import { submitApplication } from "@/lib/members/submit-application";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { buildMunicipality } from "../support/builders/municipality";
import { buildAdmittedPerson, buildMunicipalMember } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { withFreshDatabase, withSecondClient } from "./database";
import { countQueries } from "./support/query-count";
import { signUpInput } from "./fixtures";
import { testActor } from "./support/test-actor";

const otherDb = withSecondClient();
// Fixed days, never the real date: 2026 is "this year", 2025 last year.
const now = new Date("2026-11-23T10:00:00Z");
const year = 2026;

/** The coverage, checked against the bulk where-clause: the two must always agree. */
async function coverageOf(userId: string, inYear = year): Promise<Coverage> {
  const coverage = await findCoverage(db, userId, inYear);
  expect(await isCovered(db, userId, inYear)).toBe(coverage.kind !== "none" && coverage.kind !== "not-admitted");
  expect(await db.user.count({ where: { AND: [{ id: userId }, coveredInYear(inYear)] } })).toBe(
    coverage.kind === "none" || coverage.kind === "not-admitted" ? 0 : 1,
  );
  return coverage;
}

/** The day of the meetings the tests answer: after `now`. */
const meetingDay = new Date("2026-12-10T12:00:00Z");

describe("membership follows the year", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("covers a member through this year's municipal membership, with the count of active colleagues", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg", memberships: { create: { year } } });
    const { id: anna } = await buildMunicipalMember(db, tilburg);
    await buildMunicipalMember(db, tilburg, { role: "GUEST" });
    await buildMunicipalMember(db, tilburg, { role: "KERNCLUB" });
    await buildMunicipalMember(db, tilburg, { deactivatedAt: now });
    expect(await coverageOf(anna)).toEqual({ kind: "municipality", municipalityId: tilburg, municipalityName: "Tilburg", colleagues: 2 });
    // Role does not matter: a guest of a municipality that takes part is covered too.
    const { id: guest } = await buildMunicipalMember(db, tilburg, { role: "GUEST" });
    expect((await coverageOf(guest)).kind).toBe("municipality");
  });

  it("covers nobody through a municipality without this year's membership, or with last year's only", async () => {
    const { id: emmen } = await buildMunicipality(db, { name: "Emmen" });
    const { id: breda } = await buildMunicipality(db, { name: "Breda", memberships: { create: { year: year - 1 } } });
    expect(await coverageOf((await buildMunicipalMember(db, emmen)).id)).toEqual({ kind: "none", municipalityName: "Emmen" });
    const { id: bredaMember } = await buildMunicipalMember(db, breda);
    expect(await coverageOf(bredaMember)).toEqual({ kind: "none", municipalityName: "Breda" });
    expect((await coverageOf(bredaMember, year - 1)).kind).toBe("municipality");
  });

  it("covers a ministry's person through their own membership for the year, and the secretary always", async () => {
    const { id: ministry } = await buildAdmittedPerson(db, { organisationType: "MINISTRY", organisationName: "Ministerie van VWS" });
    expect(await coverageOf(ministry)).toEqual({ kind: "none", municipalityName: null });
    await db.personalMembership.create({ data: { userId: ministry, year } });
    expect(await coverageOf(ministry)).toEqual({ kind: "personal", organisationName: "Ministerie van VWS" });
    expect((await coverageOf(ministry, year + 1)).kind).toBe("none");
    const { id: vng } = await buildAdmittedPerson(db, { organisationType: "VNG" });
    await db.personalMembership.create({ data: { userId: vng, year } });
    expect(await coverageOf(vng)).toEqual({ kind: "personal", organisationName: "VNG" });
    expect(await coverageOf((await buildAdmittedPerson(db, { role: "SECRETARY" })).id)).toEqual({ kind: "secretary" });
  });

  it("finds coverage in the same number of queries with 2 and with 40 colleagues", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg", memberships: { create: { year } } });
    const { id: anna } = await buildMunicipalMember(db, tilburg);
    await buildMunicipalMember(db, tilburg);
    const few = await countQueries(async () => expect(await findCoverage(db, anna, year)).toMatchObject({ colleagues: 1 }));
    for (let index = 0; index < 39; index += 1) await buildMunicipalMember(db, tilburg);
    expect(await countQueries(async () => expect(await findCoverage(db, anna, year)).toMatchObject({ colleagues: 40 }))).toBe(few);
    expect(few).toBeGreaterThan(0);
  });

  it("follows a person who moves to another municipality, keeping their answers", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg", memberships: { create: { year } } });
    const { id: emmen } = await buildMunicipality(db, { name: "Emmen" });
    const { id: breda } = await buildMunicipality(db, { name: "Breda", memberships: { create: { year } } });
    const { id: anna } = await buildMunicipalMember(db, tilburg);
    const { id: meetingId } = await buildMeeting(db, { slug: "verhuizen", startsAt: meetingDay });
    expect((await setRsvp(db, { userId: anna, meetingId, status: "ATTENDING", now })).outcome).toBe("saved");

    await db.user.update({ where: { id: anna }, data: { municipalityId: emmen } });
    expect(await coverageOf(anna)).toEqual({ kind: "none", municipalityName: "Emmen" });
    expect(await setRsvp(db, { userId: anna, meetingId, status: "NOT_ATTENDING", now })).toEqual({ outcome: "not-allowed" });
    expect(await db.rsvp.findMany({ where: { userId: anna }, select: { meetingId: true, status: true } })).toEqual([{ meetingId, status: "ATTENDING" }]);

    await db.user.update({ where: { id: anna }, data: { municipalityId: breda } });
    expect(await coverageOf(anna)).toMatchObject({ kind: "municipality", municipalityName: "Breda" });
    expect((await setRsvp(db, { userId: anna, meetingId, status: "NOT_ATTENDING", now })).outcome).toBe("saved");
  });

  it("refuses a member's answer from a MEMBER-role person nobody covers, and takes it once covered", async () => {
    const { id: ministry } = await buildAdmittedPerson(db, { role: "MEMBER", organisationType: "OTHER", organisationName: "Movisie" });
    const { id: meetingId } = await buildMeeting(db, { slug: "weigeren", startsAt: meetingDay });
    expect(await setRsvp(db, { userId: ministry, meetingId, status: "ATTENDING", now })).toEqual({ outcome: "not-allowed" });
    expect(await db.rsvp.count()).toBe(0);
    await db.personalMembership.create({ data: { userId: ministry, year: year - 1 } });
    expect(await setRsvp(db, { userId: ministry, meetingId, status: "ATTENDING", now })).toEqual({ outcome: "not-allowed" });
    await db.personalMembership.create({ data: { userId: ministry, year } });
    expect((await setRsvp(db, { userId: ministry, meetingId, status: "ATTENDING", now })).outcome).toBe("saved");
  });

  it("lets who is covered download every document, and others only those of a meeting they said they attend", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg", memberships: { create: { year } } });
    const { id: emmen } = await buildMunicipality(db, { name: "Emmen", memberships: { create: { year: year - 1 } } });
    const { id: meetingId } = await buildMeeting(db, { slug: "stukken", startsAt: meetingDay });
    const document = await buildMeetingDocument(db, { meetingId, title: "Programma" });
    const download = async (readerId: string) =>
      (await findDownloadableDocument(db, { slug: "stukken", documentId: document.id, readerId, now })).document?.id ?? null;

    expect(await download((await buildMunicipalMember(db, tilburg)).id)).toBe(document.id);
    expect(await download((await buildAdmittedPerson(db, { role: "SECRETARY" })).id)).toBe(document.id);
    const { id: lastYear } = await buildMunicipalMember(db, emmen);
    expect(await download(lastYear)).toBeNull();
    expect(await findDownloadableDocument(db, { slug: "stukken", documentId: document.id, readerId: lastYear, now })).toEqual({
      document: null,
      covered: false,
    });
    await buildRsvp(db, { userId: lastYear, meetingId });
    expect(await download(lastYear)).toBe(document.id);
    const { id: ministry } = await buildAdmittedPerson(db, { organisationType: "MINISTRY", organisationName: "Ministerie van VWS" });
    expect(await download(ministry)).toBeNull();
    await db.personalMembership.create({ data: { userId: ministry, year } });
    expect(await download(ministry)).toBe(document.id);
  });

  it("invites as members only people with a membership this year, their municipality's or their own; the role filter still works", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg", memberships: { create: { year } } });
    const { id: emmen } = await buildMunicipality(db, { name: "Emmen", memberships: { create: { year: year - 1 } } });
    const ids = {
      tilburg: (await buildMunicipalMember(db, tilburg)).id,
      kernclub: (await buildMunicipalMember(db, tilburg, { positions: { create: { role: "KERNCLUB_MEMBER", startedOn: new Date("2025-01-01") } } })).id,
      emmen: (await buildMunicipalMember(db, emmen)).id,
      ministry: (await buildAdmittedPerson(db, { organisationType: "MINISTRY", organisationName: "Ministerie van VWS" })).id,
      ministryLastYear: (await buildAdmittedPerson(db, { organisationType: "MINISTRY", organisationName: "Ministerie van BZK" })).id,
      secretary: (await buildAdmittedPerson(db, { role: "SECRETARY" })).id,
    };
    await db.personalMembership.createMany({
      data: [
        { userId: ids.ministry, year },
        { userId: ids.ministryLastYear, year: year - 1 },
      ],
    });
    const { id: meetingId } = await buildMeeting(db, { slug: "uitnodigen", startsAt: meetingDay });
    const pick = (input: Record<string, string>) =>
      db.$transaction(async (tx) =>
        (await selectRecipients(tx, meetingId, inviteSchema.parse({ meetingId, members: "ja", ...input }), now)).map((recipient) => recipient.id).sort(),
      );
    expect(await pick({})).toEqual([ids.tilburg, ids.kernclub, ids.ministry].sort());
    expect(await pick({ role: "KERNCLUB" })).toEqual([ids.kernclub]);
    expect(await pick({ municipalityId: tilburg })).toEqual([ids.tilburg, ids.kernclub].sort());
  });

  it("gives a ministry's person approved for the year one personal membership, however often and however concurrently approved", async () => {
    const client = "127.0.0.1";
    const email = "vera@minvws.test";
    const input = () => signUpInput({ name: "Vera Visser", email, organisationType: "MINISTRY", organisationName: "Ministerie van VWS" });
    const first = await submitApplication(db, input(), { client, now });
    const second = await submitApplication(db, input(), { client, now });
    if (first.outcome !== "submitted" || second.outcome !== "submitted") throw new Error("aanmelden mislukt");
    await db.application.updateMany({ where: { user: { email } }, data: { confirmedAt: now } });

    const outcomes = await Promise.all([
      approveApplication(db, first.applicationId, { actor: testActor }),
      approveApplication(otherDb, second.applicationId, { actor: testActor }),
    ]);
    expect(outcomes).toEqual([{ outcome: "approved" }, { outcome: "approved" }]);
    expect(await approveApplication(db, first.applicationId, { actor: testActor })).toEqual({ outcome: "not-pending" });
    const vera = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db.personalMembership.findMany({ select: { userId: true, year: true } })).toEqual([{ userId: vera.id, year }]);
    expect(await coverageOf(vera.id)).toEqual({ kind: "personal", organisationName: "Ministerie van VWS" });
    expect(await db.membership.count()).toBe(0);
  });

  it("gives a municipality's person approved for the year no personal membership: their municipality covers them", async () => {
    const { id: tilburg } = await buildMunicipality(db, { name: "Tilburg" });
    const application = await submitApplication(db, signUpInput({ municipalityId: tilburg }), { client: "127.0.0.1", now });
    if (application.outcome !== "submitted") throw new Error("aanmelden mislukt");
    await db.application.updateMany({ data: { confirmedAt: now } });
    expect(await approveApplication(db, application.applicationId, { actor: testActor })).toEqual({ outcome: "approved" });
    expect(await db.personalMembership.count()).toBe(0);
    expect(await db.membership.findMany({ select: { municipalityId: true, year: true } })).toEqual([{ municipalityId: tilburg, year }]);
  });

  it("lets the secretary give and end a personal membership once each, with audit entries; never to a municipality's person", async () => {
    const { id: ministry } = await buildAdmittedPerson(db, { organisationType: "MINISTRY", organisationName: "Ministerie van VWS" });
    const given = await Promise.all([givePersonalMembership(db, testActor, ministry, year), givePersonalMembership(otherDb, testActor, ministry, year)]);
    expect(given.map((result) => result.outcome).sort()).toEqual(["done", "unchanged"]);
    expect(await db.personalMembership.count({ where: { userId: ministry, year } })).toBe(1);
    expect((await coverageOf(ministry)).kind).toBe("personal");

    expect((await endPersonalMembership(db, testActor, ministry, year)).outcome).toBe("done");
    expect((await endPersonalMembership(db, testActor, ministry, year)).outcome).toBe("unchanged");
    expect((await coverageOf(ministry)).kind).toBe("none");
    const audit = await db.auditEntry.findMany({
      where: { entityType: "User", entityId: ministry },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(audit).toEqual([
      { action: "user.personal-membership.give", before: null, after: { personalMembership: year } },
      { action: "user.personal-membership.end", before: { personalMembership: year }, after: null },
    ]);

    const { id: emmen } = await buildMunicipality(db, { name: "Emmen" });
    const { id: municipal } = await buildMunicipalMember(db, emmen);
    expect(await givePersonalMembership(db, testActor, municipal, year)).toMatchObject({ outcome: "municipal" });
    expect(await givePersonalMembership(db, testActor, "bestaat-niet", year)).toEqual({ outcome: "not-found" });
    expect(await db.personalMembership.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(2);
  });
});
