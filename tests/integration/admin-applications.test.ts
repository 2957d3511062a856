import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { renderQueuedMail } from "@/lib/mail/render-mail";
import { decideApplication } from "@/lib/members/decide-application";
import { NEW_MUNICIPALITY } from "@/lib/members/sign-up-schema";
import { submitApplication } from "@/lib/members/submit-application";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildMunicipality } from "../support/builders/municipality";
import { withFreshDatabase } from "./database";
import { signUpInput } from "./fixtures";

const actor = { id: null, label: "secretaris@wmo.test" };
const now = new Date("2026-11-23T10:00:00Z");

async function confirmedApplication(overrides: Parameters<typeof signUpInput>[0]) {
  const input = signUpInput(overrides);
  const result = await submitApplication(db, input, { client: "127.0.0.1", now });
  if (result.outcome !== "submitted") throw new Error(JSON.stringify(result));
  await db.application.update({ where: { id: result.applicationId }, data: { confirmedAt: new Date() } });
  return { id: result.applicationId, email: input.email };
}

const decision = (applicationId: string, fields: Partial<Parameters<typeof decideApplication>[1]>) =>
  decideApplication(db, { applicationId, decision: "approve", message: null, municipalityId: null, newMunicipalityName: null, ...fields }, actor);

describe("the secretary's decisions on applications", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await seedDatabase(db, { today: now });
  });

  it("asks for an explicit choice for a typed-in municipality and writes nothing until it is made", async () => {
    const application = await confirmedApplication({ municipalityId: NEW_MUNICIPALITY, newMunicipality: "Zwolle" });
    expect(await decision(application.id, {})).toEqual({ outcome: "invalid", fieldErrors: { municipalityId: expect.stringContaining("Kies") } });
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await db.municipality.count({ where: { name: "Zwolle" } })).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("links a typed-in name to the municipality the secretary chose, creating nothing", async () => {
    const tilburg = await db.municipality.findUniqueOrThrow({ where: { name: "Tilburg" }, select: { id: true } });
    const before = await db.municipality.count();
    const application = await confirmedApplication({ municipalityId: NEW_MUNICIPALITY, newMunicipality: "Gemeente Tilburg" });
    expect(await decision(application.id, { municipalityId: tilburg.id })).toEqual({ outcome: "approved" });
    expect(await db.municipality.count()).toBe(before);
    expect(await db.membership.findMany({ select: { municipalityId: true } })).toEqual([{ municipalityId: tilburg.id }]);
    expect(await db.feeRecord.count({ where: { municipalityId: tilburg.id, amountCents: 50000 } })).toBe(1);
  });

  it("never merges a new name into a different municipality whose address-name is the same", async () => {
    await buildMunicipality(db, { name: "Súdwest-Fryslân" }); // address sudwest-fryslan, as "Sudwest Fryslan" would get
    const application = await confirmedApplication({ municipalityId: NEW_MUNICIPALITY, newMunicipality: "Sudwest Fryslan" });
    const result = await decision(application.id, { municipalityId: NEW_MUNICIPALITY, newMunicipalityName: "Sudwest Fryslan" });
    expect(result).toEqual({ outcome: "invalid", fieldErrors: { newMunicipalityName: expect.stringContaining("Súdwest-Fryslân") } });
    // The whole approval was undone: still pending, no membership, no fee, no mail, no audit entry.
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await db.membership.count()).toBe(0);
    expect(await db.feeRecord.count()).toBe(0);
    expect(await db.outboxMail.count({ where: { subject: { contains: "goedgekeurd" } } })).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("creates a new municipality when chosen, and records both changes in the audit log", async () => {
    const application = await confirmedApplication({ municipalityId: NEW_MUNICIPALITY, newMunicipality: "Zwole" });
    expect(await decision(application.id, { municipalityId: NEW_MUNICIPALITY, newMunicipalityName: "Zwolle", message: "Welkom!" })).toEqual({
      outcome: "approved",
    });
    const zwolle = await db.municipality.findUniqueOrThrow({ where: { name: "Zwolle" }, select: { id: true } });
    const entries = await db.auditEntry.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, entityId: true, actorLabel: true, after: true } });
    expect(entries.map((entry) => entry.action).sort()).toEqual(["application.approve", "municipality.create"]);
    expect(entries.find((entry) => entry.action === "application.approve")).toMatchObject({
      entityId: application.id,
      actorLabel: actor.label,
      after: { status: "APPROVED", municipalityId: zwolle.id, message: "Welkom!" },
    });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: application.email, subject: "Je aanmelding is goedgekeurd" } });
    expect((await renderQueuedMail(db, mail)).text).toContain("Welkom!");
  });

  it("rejects with a message: the applicant is mailed, nothing is charged, and a second decision is refused", async () => {
    const application = await confirmedApplication({ municipalityId: (await db.municipality.findUniqueOrThrow({ where: { name: "Breda" } })).id });
    expect(await decision(application.id, { decision: "reject", message: "Dit netwerk is voor gemeenten met meer dan 50.000 inwoners." })).toEqual({
      outcome: "rejected",
    });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: application.email, subject: { contains: "Over je aanmelding" } } });
    expect((await renderQueuedMail(db, mail)).text).toContain("50.000 inwoners");
    expect(await db.feeRecord.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "application.reject", entityId: application.id } })).toBe(1);
    expect(await decision(application.id, {})).toEqual({ outcome: "invalid", fieldErrors: { applicationId: "Over deze aanmelding is al besloten." } });
  });

  it("refuses to approve before the address is confirmed, naming the decision", async () => {
    const input = signUpInput({ municipalityId: (await db.municipality.findUniqueOrThrow({ where: { name: "Breda" } })).id });
    const submitted = await submitApplication(db, input, { client: "127.0.0.1", now });
    if (submitted.outcome !== "submitted") throw new Error("aanmelden mislukt");
    expect(await decision(submitted.applicationId, {})).toEqual({ outcome: "invalid", fieldErrors: { decision: expect.stringContaining("bevestigd") } });
    expect(await db.auditEntry.count()).toBe(0);
  });
});
