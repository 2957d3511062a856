import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/action-client";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { idleState } from "@/lib/forms/form-state";
import { mergePeopleAction } from "@/lib/members/admin-actions";
import { MERGED_PERSON_GONE, mergePeople } from "@/lib/members/merge-people";
import { loadMergePreview } from "@/lib/members/merge-preview";
import { relationCounts } from "@/lib/members/merge-state";
import { buildAccelerationRequest } from "../support/builders/acceleration-request";
import { buildApplication } from "../support/builders/application";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { buildSession } from "../support/builders/session";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";
import { formDataOf } from "./fixtures";
import { fingerprint } from "./support/fingerprint";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const url = inject("databaseUrl");
// ADMIN_EMAILS in the integration tests (tests/integration/setup-env.ts).
const ADMIN_EMAIL = "secretaris@wmo.test";

let actor: Actor;
let tilburg: string;

let annas = 0;

/** Anna with her work address (kept) and with her private address (merged away); the first pair has these addresses. */
async function twoAnnas() {
  const suffix = annas++ ? `-${annas}` : "";
  const keep = await buildPerson(db, {
    name: "Anna de Vries",
    email: `anna${suffix}@tilburg.test`,
    jobTitle: "Beleidsadviseur",
    organisationType: "MUNICIPALITY",
    municipalityId: tilburg,
    admittedAt: new Date("2026-03-01T10:00:00Z"),
  });
  const other = await buildPerson(db, {
    name: "Anna de Vries",
    email: `anna.devries${suffix}@prive.test`,
    role: "KERNCLUB",
    phone: "06-12 34 56 78",
    jobTitle: "Adviseur",
    organisationType: "OTHER",
    organisationName: "Eigen bureau",
    admittedAt: new Date("2025-01-15T10:00:00Z"),
    emailVerified: new Date("2025-01-15T10:00:00Z"),
  });
  return { keepId: keep.id, otherId: other.id };
}

/** Gives the person one row of every kind that points at a person; `index` keeps years and positions apart. */
async function everything(userId: string, email: string, meetingId: string, tag: string, index = 0) {
  const base = (tag === "keep" ? 2000 : 2050) + index;
  await buildApplication(db, { userId, year: 2026 });
  await buildRsvp(db, { userId, meetingId });
  await db.invitation.create({ data: { userId, meetingId } });
  await db.position.create({ data: { userId, role: "KERNCLUB_MEMBER", startedOn: new Date(Date.UTC(base, 0, 1)) } });
  await db.personalMembership.create({ data: { userId, year: base } });
  await db.outboxMail.create({ data: { to: ADMIN_EMAIL, subject: `Nieuwe aanmelding ${tag}`, aboutUserId: userId } });
  await db.outboxMail.create({ data: { to: email, subject: "Uitnodiging", template: "invitation", templateData: { meetingId, userId } } });
  await buildMeetingDocument(db, { meetingId, title: `Programma ${tag}`, uploadedById: userId });
  await db.auditEntry.create({
    data: { actorId: userId, actorLabel: email, action: "meeting.update", entityType: "Meeting", entityId: meetingId, entityLabel: "x" },
  });
  await db.auditEntry.create({
    data: { actorId: actor.id, actorLabel: actor.label, action: "user.update", entityType: "User", entityId: userId, entityLabel: `Anna ${tag}` },
  });
  await buildAccelerationRequest(db, { userId, email });
  await buildSession(db, userId);
  await db.account.create({ data: { userId, type: "email", provider: "email", providerAccountId: `acc-${tag}` } });
  await db.verificationToken.create({ data: { identifier: email, token: `hash-${tag}`, expires: new Date(Date.now() + 86_400_000) } });
}

describe("merging two records of one person", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    annas = 0;
    tilburg = (await buildMunicipality(db, { name: "Tilburg" })).id;
    const secretary = await buildPerson(db, { name: "Sanne Secretaris", email: ADMIN_EMAIL, role: "SECRETARY" });
    actor = { id: secretary.id, label: ADMIN_EMAIL };
  });

  it("moves everything that points at the other person, fills empty fields and writes one audit entry", async () => {
    const { keepId, otherId } = await twoAnnas();
    const { id: first } = await buildMeeting(db, { title: "Netwerkbijeenkomst Assen" });
    const { id: second } = await buildMeeting(db, { title: "Netwerkcafé Almere" });
    await everything(keepId, "anna@tilburg.test", first, "keep");
    await everything(otherId, "anna.devries@prive.test", second, "other");
    const preview = await loadMergePreview(db, keepId, otherId, actor.id!);

    const result = await mergePeople(db, actor, keepId, otherId);
    expect(result.outcome).toBe("merged");

    expect(await db.user.findUnique({ where: { id: otherId } })).toBeNull();
    const kept = await db.user.findUniqueOrThrow({
      where: { id: keepId },
      include: {
        _count: {
          select: { ...relationCounts, accounts: true },
        },
      },
    });
    // Own fields stay, empty ones are filled; admitted at the earlier date; the higher role.
    expect(kept).toMatchObject({
      name: "Anna de Vries",
      email: "anna@tilburg.test",
      jobTitle: "Beleidsadviseur",
      phone: "06-12 34 56 78",
      organisationType: "MUNICIPALITY",
      municipalityId: tilburg,
      organisationName: null,
      emailVerified: null,
      role: "KERNCLUB",
      admittedAt: new Date("2025-01-15T10:00:00Z"),
    });
    expect(kept._count).toEqual({
      applications: 2,
      rsvps: 2,
      invitations: 2,
      positions: 2,
      memberships: 2,
      mailAbout: 2,
      documents: 2,
      accelerationRequests: 2,
      auditEntries: 2, // one change each made themselves; the merge is the secretary's
      sessions: 1,
      accounts: 1,
    });
    expect(await db.verificationToken.count({ where: { identifier: "anna.devries@prive.test" } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: "anna@tilburg.test" } })).toBe(1);
    // A queued invitation to the private address is now rendered for the kept person, and still goes to that address.
    const queued = await db.outboxMail.findFirstOrThrow({ where: { to: "anna.devries@prive.test", template: "invitation" }, select: { templateData: true } });
    expect(queued.templateData).toEqual({ meetingId: second, userId: keepId });

    // History stays readable: entries about the other person show with the kept one, under the name of the time.
    const about = await db.auditEntry.findMany({
      where: { entityType: "User", entityId: keepId },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityLabel: true },
    });
    expect(about.map((entry) => entry.entityLabel).sort()).toEqual(["Anna de Vries", "Anna keep", "Anna other"]);
    const merges = await db.auditEntry.findMany({ where: { action: "user.merge" } });
    expect(merges).toHaveLength(1);
    const [entry] = merges;
    expect(entry).toMatchObject({ actorId: actor.id, actorLabel: ADMIN_EMAIL, entityType: "User", entityId: keepId, entityLabel: "Anna de Vries" });
    expect(entry.before).toEqual({
      mergedPerson: { id: otherId, name: "Anna de Vries", email: "anna.devries@prive.test" },
      phone: null,
      role: "MEMBER",
      admittedAt: "2026-03-01T10:00:00.000Z",
    });
    const moved = {
      applications: 1,
      rsvps: 1,
      rsvpsCombined: 0,
      invitations: 1,
      invitationsCombined: 0,
      positions: 1,
      positionsCombined: 0,
      personalMemberships: 1,
      personalMembershipsCombined: 0,
      mailsAbout: 1,
      documents: 1,
      accelerationRequests: 1,
      auditEntriesBy: 1,
      auditEntriesAbout: 1,
      sessionsEnded: 1,
    };
    expect(entry.after).toEqual({ phone: "06-12 34 56 78", role: "KERNCLUB", admittedAt: "2025-01-15T10:00:00.000Z", moved });
    // The confirmation showed exactly what moved.
    expect(preview?.counts).toEqual(moved);
    expect(preview?.refusal).toBeNull();
  });

  it("keeps a meeting, invitation, year or position both had once, with the better place on the list", async () => {
    const { keepId, otherId } = await twoAnnas();
    const { id: full } = await buildMeeting(db, { title: "Volle bijeenkomst", capacity: 2 });
    const { id: waiting } = await buildMeeting(db, { title: "Bijeenkomst met wachtlijst", capacity: 1 });
    const { id: no } = await buildMeeting(db, { title: "Bijeenkomst zonder Anna" });
    const third = await buildPerson(db, { name: "Bram Jansen", email: "bram@emmen.test" });
    await buildRsvp(db, { userId: keepId, meetingId: full });
    await buildRsvp(db, { userId: otherId, meetingId: full, dietaryWishes: "Vegetarisch" });
    await buildRsvp(db, { userId: third.id, meetingId: full, status: "WAITLISTED", waitlistedAt: new Date() });
    await buildRsvp(db, { userId: keepId, meetingId: waiting, status: "WAITLISTED", waitlistedAt: new Date("2026-01-02T00:00:00Z") });
    await buildRsvp(db, { userId: otherId, meetingId: waiting });
    await buildRsvp(db, { userId: keepId, meetingId: no, status: "NOT_ATTENDING" });
    // Ticked present under the other record only: the kept answer is present after the merge.
    await buildRsvp(db, { userId: otherId, meetingId: no, status: "NOT_ATTENDING", attended: true });
    for (const meetingId of [full, waiting]) {
      await db.invitation.create({ data: { userId: keepId, meetingId, sentSequence: 1 } });
      await db.invitation.create({ data: { userId: otherId, meetingId } });
    }
    await db.personalMembership.createMany({ data: [keepId, otherId].map((userId) => ({ userId, year: 2026 })) });
    const started = new Date("2024-01-01");
    const [, otherPosition] = await Promise.all(
      [keepId, otherId].map((userId) => db.position.create({ data: { userId, role: "KERNCLUB_MEMBER", startedOn: started }, select: { id: true } })),
    );
    await db.auditEntry.create({
      data: { actorLabel: ADMIN_EMAIL, action: "position.create", entityType: "Position", entityId: otherPosition.id, entityLabel: "Anna" },
    });

    const result = await mergePeople(db, actor, keepId, otherId);
    expect(result).toMatchObject({
      outcome: "merged",
      counts: { rsvps: 0, rsvpsCombined: 3, invitations: 0, invitationsCombined: 2, personalMembershipsCombined: 1, positionsCombined: 1 },
    });
    const answers = await db.rsvp.findMany({ where: { userId: keepId }, select: { meetingId: true, status: true, waitlistedAt: true, dietaryWishes: true } });
    expect(answers).toHaveLength(3);
    expect(answers.find((answer) => answer.meetingId === full)).toEqual({
      meetingId: full,
      status: "ATTENDING",
      waitlistedAt: null,
      dietaryWishes: "Vegetarisch",
    });
    expect(answers.find((answer) => answer.meetingId === waiting)).toMatchObject({ status: "ATTENDING", waitlistedAt: null });
    expect(await db.rsvp.findUniqueOrThrow({ where: { userId_meetingId: { userId: keepId, meetingId: no } }, select: { attended: true } })).toEqual({
      attended: true,
    });
    // Anna held two of the two places: one is free now, for the first on the waiting list.
    expect(await db.rsvp.findUniqueOrThrow({ where: { userId_meetingId: { userId: third.id, meetingId: full } }, select: { status: true } })).toEqual({
      status: "ATTENDING",
    });
    expect(await db.invitation.findMany({ where: { userId: keepId }, select: { sentSequence: true } })).toEqual([{ sentSequence: 1 }, { sentSequence: 1 }]);
    expect(await db.personalMembership.count({ where: { userId: keepId } })).toBe(1);
    const positions = await db.position.findMany({ where: { userId: keepId }, select: { id: true } });
    expect(positions).toHaveLength(1);
    const [history] = await db.auditEntry.findMany({ where: { action: "position.create" }, select: { entityId: true } });
    expect(history.entityId).toBe(positions[0].id);
    const [entry] = await db.auditEntry.findMany({ where: { action: "user.merge" }, select: { after: true } });
    expect(entry.after).toMatchObject({ promotedFromWaitingList: 1 });
  });

  it("refuses when both answered a meeting differently, names the meeting, and writes nothing", async () => {
    const { keepId, otherId } = await twoAnnas();
    const { id: emmen } = await buildMeeting(db, { title: "Netwerkbijeenkomst Emmen", startsAt: new Date("2030-03-12T12:00:00Z") });
    const { id: assen } = await buildMeeting(db, { title: "Netwerkbijeenkomst Assen" });
    await buildRsvp(db, { userId: keepId, meetingId: emmen });
    await buildRsvp(db, { userId: otherId, meetingId: emmen, status: "NOT_ATTENDING" });
    await buildRsvp(db, { userId: keepId, meetingId: assen });
    await buildRsvp(db, { userId: otherId, meetingId: assen });
    const before = await fingerprint(url);

    const result = await mergePeople(db, actor, keepId, otherId);
    expect(result).toEqual({
      outcome: "refused",
      field: "mergeId",
      message:
        "De twee gaven een ander antwoord voor de bijeenkomst “Netwerkbijeenkomst Emmen” van dinsdag 12 maart 2030. " +
        "Samenvoegen kan pas als hun antwoorden gelijk zijn: laat een van de twee het antwoord aanpassen op de pagina van de bijeenkomst.",
    });
    expect(await fingerprint(url)).toBe(before);
    expect((await loadMergePreview(db, keepId, otherId, actor.id!))?.refusal).toBe(result.outcome === "refused" ? result.message : null);

    // A different choice of days or dinner is a different answer too.
    await db.rsvp.update({ where: { userId_meetingId: { userId: otherId, meetingId: emmen } }, data: { status: "ATTENDING", dinner: true } });
    expect(await mergePeople(db, actor, keepId, otherId)).toMatchObject({ outcome: "refused" });
  });

  it("never lets an ADMIN_EMAILS address or the secretary's own account go", async () => {
    const { keepId } = await twoAnnas();
    const secretaryId = actor.id!;
    expect(await mergePeople(db, { id: "someone-else", label: "x" }, keepId, secretaryId)).toMatchObject({
      outcome: "refused",
      field: "mergeId",
      message: `${ADMIN_EMAIL} staat in ADMIN_EMAILS en moet blijven. Open de pagina van Sanne Secretaris en voeg Anna de Vries daar samen: dan blijft dat adres.`,
    });
    expect(await mergePeople(db, actor, keepId, secretaryId)).toMatchObject({ outcome: "refused", message: expect.stringContaining("Je eigen account") });
    // The other way round the address stays, and so does the secretary.
    expect(await mergePeople(db, actor, secretaryId, keepId)).toMatchObject({ outcome: "merged" });
    expect(await db.user.findUniqueOrThrow({ where: { id: secretaryId }, select: { email: true, role: true } })).toEqual({
      email: ADMIN_EMAIL,
      role: "SECRETARY",
    });

    // A person without an address takes the ADMIN_EMAILS address over, and with it the secretary's role.
    const nameless = await buildPerson(db, { name: "Sanne S.", email: null, role: "GUEST" });
    expect(await mergePeople(db, { id: null, label: "npm run x" }, nameless.id, secretaryId)).toMatchObject({ outcome: "merged" });
    expect(await db.user.findUniqueOrThrow({ where: { id: nameless.id }, select: { email: true, role: true } })).toEqual({
      email: ADMIN_EMAIL,
      role: "SECRETARY",
    });
  });

  it("a double submit merges once; the second is told the person is gone", async () => {
    const { keepId, otherId } = await twoAnnas();
    const { id: assen } = await buildMeeting(db, { title: "Netwerkbijeenkomst Assen" });
    await everything(otherId, "anna.devries@prive.test", assen, "other");
    const results = await Promise.all([mergePeople(db, actor, keepId, otherId), mergePeople(db, actor, keepId, otherId)]);
    expect(results.map((result) => result.outcome).sort()).toEqual(["merged", "refused"]);
    expect(results.find((result) => result.outcome === "refused")).toEqual({ outcome: "refused", field: "mergeId", message: MERGED_PERSON_GONE });
    expect(await db.auditEntry.count({ where: { action: "user.merge" } })).toBe(1);
    expect(await db.rsvp.count({ where: { userId: keepId } })).toBe(1);

    // Two secretaries merging the same pair each way round: one wins, the other finds its kept person gone.
    const again = await twoAnnas();
    const crossed = await Promise.all([mergePeople(db, actor, again.keepId, again.otherId), mergePeople(db, actor, again.otherId, again.keepId)]);
    expect(crossed.map((result) => result.outcome).sort()).toEqual(["merged", "refused"]);
    expect(await db.user.count({ where: { id: { in: [again.keepId, again.otherId] } } })).toBe(1);
  });

  it("takes the same number of queries however much the other person has", async () => {
    const measure = async (meetings: number) => {
      const { keepId, otherId } = await twoAnnas();
      for (let index = 0; index < meetings; index += 1) {
        const { id: meetingId } = await buildMeeting(db, { title: `Bijeenkomst ${index}` });
        await everything(otherId, `anna-${index}@prive.test`, meetingId, `other-${meetings}-${index}`, index);
        if (index % 2) await buildRsvp(db, { userId: keepId, meetingId });
      }
      return countQueries(async () => expect(await mergePeople(db, actor, keepId, otherId)).toMatchObject({ outcome: "merged" }));
    };
    const small = await measure(2);
    const large = await measure(20);
    expect(small).toBeGreaterThan(20);
    expect(large).toBe(small);
  });

  it("the form action asks for the tick, refuses with a message at the form, and redirects to the kept person", async () => {
    session.user = { id: actor.id!, role: "SECRETARY", email: ADMIN_EMAIL, name: "Sanne Secretaris" };
    const { keepId, otherId } = await twoAnnas();
    const form = { keepId, mergeId: otherId };
    expect(await mergePeopleAction(idleState, formDataOf(form))).toMatchObject({
      status: "error",
      fieldErrors: { confirmMerge: "Zet het vinkje om te bevestigen dat je deze twee personen wilt samenvoegen." },
    });
    expect(await mergePeopleAction(idleState, formDataOf({ ...form, mergeId: keepId, confirmMerge: "ja" }))).toMatchObject({
      status: "error",
      fieldErrors: { mergeId: expect.stringContaining("Kies een andere persoon") },
    });
    const redirect = await mergePeopleAction(idleState, formDataOf({ ...form, confirmMerge: "ja" })).catch((error: unknown) => error);
    expect(isRedirectError(redirect) && (redirect as { digest: string }).digest).toContain(`/beheer/mensen/${keepId}?samengevoegd=1`);
    expect(await mergePeopleAction(idleState, formDataOf({ ...form, confirmMerge: "ja" }))).toEqual({
      status: "error",
      message: MERGED_PERSON_GONE,
      fieldErrors: { mergeId: MERGED_PERSON_GONE },
      values: { ...form, confirmMerge: "ja" },
    });
  });
});
