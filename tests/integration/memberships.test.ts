import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { renderQueuedMail } from "@/lib/mail/render-mail";
import { approveApplication } from "@/lib/members/approve-application";
import { confirmApplication } from "@/lib/members/confirm-application";
import { NEW_MUNICIPALITY } from "@/lib/members/sign-up-schema";
import { submitApplication } from "@/lib/members/submit-application";
import { seedDatabase } from "@/lib/seed/seed-database";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase, withSecondClient } from "./database";
import { testActor } from "./support/test-actor";
import { signUpInput } from "./fixtures";

const otherDb = withSecondClient();
const client = "127.0.0.1";
// The day the tests live on: the seed's demo meetings and the fee year follow it, not the real date.
const now = new Date("2026-11-23T10:00:00Z");

/** Submits a sign-up and confirms the address, as the applicant's link would. */
async function submitConfirmed(input: ReturnType<typeof signUpInput>) {
  const result = await submitApplication(db, input, { client, now });
  if (result.outcome === "submitted") await db.application.update({ where: { id: result.applicationId }, data: { confirmedAt: new Date() } });
  return result;
}

describe("applications, memberships and fees", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await seedDatabase(db, { today: now });
  });

  it("records a sign-up once, however often the same form is sent, and queues the mails once", async () => {
    const input = signUpInput({ municipalityId: await municipalityIdNamed(db, "Tilburg") });
    const results = await Promise.all([1, 2, 3].map(() => submitApplication(db, input, { client, now })));
    expect(new Set(results.map((result) => result.outcome === "submitted" && result.applicationId)).size).toBe(1);
    expect(await db.application.count()).toBe(1);
    expect(await db.outboxMail.count({ where: { to: input.email } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: "secretaris@wmo.test" } })).toBe(1);
  });

  it("gives a municipality one membership and one € 500 fee record when two colleagues are approved at once", async () => {
    const tilburg = await municipalityIdNamed(db, "Tilburg");
    const first = await submitConfirmed(signUpInput({ municipalityId: tilburg }));
    const second = await submitConfirmed(signUpInput({ municipalityId: tilburg }));
    if (first.outcome !== "submitted" || second.outcome !== "submitted") throw new Error("aanmelden mislukt");

    const outcomes = await Promise.all([
      approveApplication(db, first.applicationId, { actor: testActor }),
      approveApplication(otherDb, second.applicationId, { actor: testActor }),
    ]);
    expect(outcomes).toEqual([{ outcome: "approved" }, { outcome: "approved" }]);

    expect(await db.membership.findMany({ select: { municipalityId: true, year: true } })).toEqual([{ municipalityId: tilburg, year: 2026 }]);
    expect(await db.feeRecord.findMany({ select: { municipalityId: true, year: true, amountCents: true, currency: true, status: true } })).toEqual([
      { municipalityId: tilburg, year: 2026, amountCents: 50000, currency: "EUR", status: "OPEN" },
    ]);
    expect(await db.user.count({ where: { role: "MEMBER" } })).toBe(2);
  });

  it("creates a typed-in municipality once when two of its colleagues are approved at once", async () => {
    const input = { municipalityId: NEW_MUNICIPALITY, newMunicipality: "Zwolle" };
    const first = await submitConfirmed(signUpInput(input));
    const second = await submitConfirmed(signUpInput(input));
    if (first.outcome !== "submitted" || second.outcome !== "submitted") throw new Error("aanmelden mislukt");
    await Promise.all([
      approveApplication(db, first.applicationId, { actor: testActor }),
      approveApplication(otherDb, second.applicationId, { actor: testActor }),
    ]);
    const zwolle = await db.municipality.findMany({ where: { name: "Zwolle" }, select: { id: true } });
    expect(zwolle).toHaveLength(1);
    expect(await db.feeRecord.count({ where: { municipalityId: zwolle[0].id } })).toBe(1);
  });

  it("keeps a fee record's amount when the configured yearly amount changes later", async () => {
    const breda = await municipalityIdNamed(db, "Breda");
    const application = await submitConfirmed(signUpInput({ municipalityId: breda }));
    if (application.outcome !== "submitted") throw new Error("aanmelden mislukt");
    await approveApplication(db, application.applicationId, { actor: testActor });
    process.env.ANNUAL_FEE_CENTS = "75000";
    try {
      const colleague = await submitConfirmed(signUpInput({ municipalityId: breda }));
      if (colleague.outcome !== "submitted") throw new Error("aanmelden mislukt");
      await approveApplication(db, colleague.applicationId, { actor: testActor });
    } finally {
      delete process.env.ANNUAL_FEE_CENTS;
    }
    expect(await db.feeRecord.findMany({ where: { municipalityId: breda }, select: { amountCents: true } })).toEqual([{ amountCents: 50000 }]);
  });

  it("charges nobody for guests and for people from a ministry or the VNG", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { startsAt: { gte: now } }, select: { id: true } });
    const inputs = [
      signUpInput({ participation: "ONE_MEETING", meetingId: meeting.id, municipalityId: await municipalityIdNamed(db, "Assen") }),
      signUpInput({ organisationType: "MINISTRY", organisationName: "Ministerie van VWS" }),
      signUpInput({ organisationType: "VNG" }),
    ];
    for (const input of inputs) {
      const result = await submitConfirmed(input);
      if (result.outcome !== "submitted") throw new Error(JSON.stringify(result));
      expect(await approveApplication(db, result.applicationId, { actor: testActor })).toEqual({ outcome: "approved" });
    }
    expect(await db.feeRecord.count()).toBe(0);
    expect(await db.membership.count()).toBe(0);
    expect(await db.rsvp.findMany({ select: { meetingId: true, status: true } })).toEqual([{ meetingId: meeting.id, status: "ATTENDING" }]);
  });

  it("approves only once the applicant has confirmed the e-mail address", async () => {
    const result = await submitApplication(db, signUpInput({ municipalityId: await municipalityIdNamed(db, "Tilburg") }), { client, now });
    if (result.outcome !== "submitted") throw new Error("aanmelden mislukt");
    expect(await approveApplication(db, result.applicationId, { actor: testActor })).toEqual({ outcome: "not-confirmed" });
    expect(await db.feeRecord.count()).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id: result.applicationId }, select: { status: true } })).toEqual({ status: "PENDING" });
  });

  it("keeps a sign-up filed under someone else's confirmed address unconfirmed, and their details as they were, until that application's own link is used", async () => {
    const owner = await buildPerson(db, {
      name: "Echte Eigenaar",
      email: "eigenaar@tilburg.test",
      role: "GUEST",
      emailVerified: new Date("2026-01-01T10:00:00Z"),
      jobTitle: "Manager",
      municipalityId: await municipalityIdNamed(db, "Tilburg"),
    });
    const stranger = signUpInput({ name: "Iemand Anders", email: owner.email!, jobTitle: "Indringer", municipalityId: await municipalityIdNamed(db, "Assen") });
    const filed = await submitApplication(db, stranger, { client, now });
    if (filed.outcome !== "submitted") throw new Error("aanmelden mislukt");
    expect(await approveApplication(db, filed.applicationId, { actor: testActor })).toEqual({ outcome: "not-confirmed" });
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { name: true, jobTitle: true } })).toEqual({
      name: "Echte Eigenaar",
      jobTitle: "Manager",
    });
    expect(await db.membership.count()).toBe(0);

    // The confirmation mail, rendered as the mail worker does when it sends it: its link carries this application's token.
    const mail = await db.outboxMail.findFirstOrThrow({
      where: { to: owner.email!, template: "confirm-application" },
      select: { to: true, subject: true, template: true, templateData: true },
    });
    const rendered = await renderQueuedMail(db, mail);
    const link = new URL(rendered.text.match(/https?:\/\/\S+\/inloggen\/link\?\S+/)![0]);
    const token = new URL(link.searchParams.get("callbackUrl")!, "http://localhost").searchParams.get("bevestiging")!;
    expect(await db.application.findUniqueOrThrow({ where: { id: filed.applicationId }, select: { confirmationTokenHash: true } })).not.toEqual({
      confirmationTokenHash: token,
    });

    const someoneElse = await buildPerson(db, { name: "Derde", email: "derde@tilburg.test", role: "GUEST" });
    expect(await confirmApplication(db, token, someoneElse.id, now)).toEqual({ outcome: "unknown" });
    expect(await confirmApplication(db, "A".repeat(43), owner.id, now)).toEqual({ outcome: "unknown" });
    expect(await approveApplication(db, filed.applicationId, { actor: testActor })).toEqual({ outcome: "not-confirmed" });
    expect(await confirmApplication(db, token, owner.id, now)).toEqual({ outcome: "confirmed", admitted: false });
    expect(await approveApplication(db, filed.applicationId, { actor: testActor })).toEqual({ outcome: "approved" });
  });

  it("refuses a meeting that has passed or a municipality that does not exist, naming the field", async () => {
    const past = await db.meeting.findUniqueOrThrow({ where: { slug: "2020-02-03-bijeenkomst" }, select: { id: true } });
    expect(
      await submitApplication(db, signUpInput({ participation: "ONE_MEETING", meetingId: past.id, municipalityId: await municipalityIdNamed(db, "Assen") }), {
        client,
        now,
      }),
    ).toEqual({
      outcome: "invalid",
      fieldErrors: { meetingId: "Kies een bijeenkomst die nog komt." },
    });
    expect(await submitApplication(db, signUpInput({ municipalityId: "bestaat-niet" }), { client, now })).toEqual({
      outcome: "invalid",
      fieldErrors: { municipalityId: "Kies je gemeente uit de lijst." },
    });
    expect(await db.application.count()).toBe(0);
  });
});
