import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDownloadableDocument } from "@/lib/documents/find-downloadable-document";
import { selectRecipients } from "@/lib/invitations/select-recipients";
import { setRsvp } from "@/lib/meetings/rsvp";
import { admitPerson } from "@/lib/members/admit-person";
import { applicationConfirmationToken } from "@/lib/members/application-confirmation-token";
import { approveApplication } from "@/lib/members/approve-application";
import { confirmApplication } from "@/lib/members/confirm-application";
import { findCoverage, isCovered } from "@/lib/members/coverage";
import { currentYear } from "@/lib/members/current-year";
import { rejectApplication } from "@/lib/members/reject-application";
import { submitApplication } from "@/lib/members/submit-application";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { signUpInput } from "./fixtures";

// Member rights come from admission by the secretary (or a municipality's e-mail domain), never from the public form.
const now = new Date();
const year = currentYear(now);
const secretary = { id: null, label: "secretaris@wmo.test" };

async function municipality(name: string, { participates = true, admissionDomains = [] as string[] } = {}) {
  const { id } = await db.municipality.update({ where: { name }, data: { admissionDomains }, select: { id: true } });
  if (participates) await db.membership.create({ data: { municipalityId: id, year } });
  return id;
}

/** Signs up on the public form and confirms the address through the application's own link, as a stranger can. */
async function signUpAndConfirm(email: string, municipalityId: string) {
  const submitted = await submitApplication(db, signUpInput({ email, municipalityId }), { client: "198.51.100.7", now });
  if (submitted.outcome !== "submitted") throw new Error(`aanmelden mislukt: ${submitted.outcome}`);
  const token = await db.$transaction((tx) => applicationConfirmationToken(tx, submitted.applicationId));
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const confirmed = await confirmApplication(db, token, user.id, now);
  return { applicationId: submitted.applicationId, userId: user.id, confirmed };
}

/** Everything a member's rights open, for this person: answering, a members' document, the next invitation. */
async function rightsOf(userId: string, meeting: { id: string; slug: string }, documentId: string) {
  const answer = await setRsvp(db, { userId, meetingId: meeting.id, status: "ATTENDING", now });
  const recipients = await db.$transaction((tx) =>
    selectRecipients(tx, meeting.id, { members: true, municipalityId: null, role: null, guests: false, extraEmails: [] }, now),
  );
  return {
    covered: await isCovered(db, userId, year),
    answer: answer.outcome,
    document: !!(await findDownloadableDocument(db, { slug: meeting.slug, documentId, readerId: userId, now })).document,
    invited: recipients.some((recipient) => recipient.id === userId),
  };
}

describe("admission", () => {
  let meeting: { id: string; slug: string };
  let documentId: string;

  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await seedDatabase(db, { today: now, demo: false });
    meeting = await buildMeeting(db);
    ({ id: documentId } = await buildMeetingDocument(db, { meetingId: meeting.id, title: "Verslag" }));
  });

  it("gives a confirmed but unadmitted colleague of a participating municipality none of a member's rights, and all of them after approval", async () => {
    const tilburg = await municipality("Tilburg");
    const { applicationId, userId } = await signUpAndConfirm("claim@tilburg.test", tilburg);
    expect(await findCoverage(db, userId, year)).toEqual({ kind: "not-admitted", rejection: null });
    expect(await rightsOf(userId, meeting, documentId)).toEqual({ covered: false, answer: "not-allowed", document: false, invited: false });
    // The form's municipality is a claim on the application, not the account's.
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { municipalityId: true, admittedAt: true } })).toEqual({
      municipalityId: null,
      admittedAt: null,
    });

    expect(await approveApplication(db, applicationId, { actor: secretary })).toEqual({ outcome: "approved" });
    expect(await findCoverage(db, userId, year)).toMatchObject({ kind: "municipality", municipalityName: "Tilburg" });
    expect(await rightsOf(userId, meeting, documentId)).toEqual({ covered: true, answer: "saved", document: true, invited: true });
  });

  it("lets the secretary admit someone without a sign-up (an invited guest), with an audit entry, once", async () => {
    const tilburg = await municipality("Tilburg");
    const guest = await buildPerson(db, { name: "Genodigde", role: "GUEST", municipalityId: tilburg });
    expect((await rightsOf(guest.id, meeting, documentId)).covered).toBe(false);
    expect(await admitPerson(db, secretary, guest.id)).toEqual({ outcome: "admitted", name: "Genodigde" });
    expect(await admitPerson(db, secretary, guest.id)).toEqual({ outcome: "unchanged", name: "Genodigde" });
    expect((await rightsOf(guest.id, meeting, documentId)).covered).toBe(true);
    expect(await db.auditEntry.findMany({ where: { entityId: guest.id }, select: { action: true, actorLabel: true } })).toEqual([
      { action: "user.admit", actorLabel: secretary.label },
    ]);
  });

  it("leaves a rejected applicant without rights, with the rejection and its message", async () => {
    const tilburg = await municipality("Tilburg");
    const { applicationId, userId } = await signUpAndConfirm("afgewezen@tilburg.test", tilburg);
    await rejectApplication(db, applicationId, { actor: secretary, message: "Je werkt niet bij een gemeente." });
    expect(await findCoverage(db, userId, year)).toEqual({ kind: "not-admitted", rejection: { message: "Je werkt niet bij een gemeente." } });
    expect((await rightsOf(userId, meeting, documentId)).covered).toBe(false);
  });

  it("admits a confirmed address at a domain the participating municipality lets in, with the domain in the audit log", async () => {
    const almere = await municipality("Almere", { admissionDomains: ["almere.nl"] });
    const { applicationId, userId, confirmed } = await signUpAndConfirm("collega@almere.nl", almere);
    expect(confirmed).toEqual({ outcome: "confirmed", admitted: true });
    expect(await rightsOf(userId, meeting, documentId)).toMatchObject({ covered: true, answer: "saved" });
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: applicationId }, select: { action: true, actorLabel: true } })).toEqual({
      action: "application.approve",
      actorLabel: "automatisch toegelaten: domein almere.nl",
    });
  });

  it("does not admit by domain another domain, a municipality that does not take part, or a claim of another municipality", async () => {
    const almere = await municipality("Almere", { admissionDomains: ["almere.nl"] });
    const emmen = await municipality("Emmen", { participates: false, admissionDomains: ["emmen.nl"] });
    const tilburg = await municipality("Tilburg");
    for (const [email, claim] of [
      ["iemand@almere.example", almere],
      ["iemand@emmen.nl", emmen],
      ["iemand@almere.nl", tilburg],
    ] as const) {
      const { userId, confirmed } = await signUpAndConfirm(email, claim);
      expect(confirmed, email).toEqual({ outcome: "confirmed", admitted: false });
      expect((await findCoverage(db, userId, year)).kind, email).toBe("not-admitted");
    }
  });
});
