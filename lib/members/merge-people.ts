import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import { adminEmails } from "../auth/admin-emails";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { promoteWaiting } from "../meetings/rsvp";
import { KEPT_PERSON_GONE } from "./merge-people-schema";
import { type MergeColumns, mergedColumns, mergeRefusal } from "./merge-rules";
import { type MergeCounts, readMergeState } from "./merge-state";

type Tx = Prisma.TransactionClient;

export type MergeResult =
  | { outcome: "merged"; keptName: string; removed: { name: string; email: string | null }; counts: MergeCounts }
  | { outcome: "refused"; field: "keepId" | "mergeId"; message: string };

export const MERGED_PERSON_GONE = "De andere persoon bestaat niet meer: misschien is die net al samengevoegd. Laad de pagina opnieuw.";

const refused = (field: "keepId" | "mergeId", message: string): MergeResult => ({ outcome: "refused", field, message });

/**
 * Merges two records of one person: everything of `otherId` moves to `keepId` and `otherId` is removed, with one
 * audit entry, in one transaction. Refused (nothing written) when they answered a meeting differently, when an
 * ADMIN_EMAILS address would go, or when the secretary would remove her own account.
 */
export async function mergePeople(db: Database, actor: Actor, keepId: string, otherId: string, now = new Date()): Promise<MergeResult> {
  if (keepId === otherId) return refused("mergeId", "Kies een andere persoon dan deze: een persoon kan niet met zichzelf samengaan.");
  return db.$transaction(
    async (tx): Promise<MergeResult> => {
      // Both people locked in id order: a second merge of the pair, either way round, waits and then finds one gone.
      // While locked, no new row can point at either of them; the answers are locked so they cannot change under us.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id IN (${keepId}, ${otherId}) ORDER BY id FOR UPDATE`;
      await tx.$queryRaw`SELECT id FROM "Rsvp" WHERE "userId" IN (${keepId}, ${otherId}) ORDER BY id FOR UPDATE`;
      const { keep, other, plan } = await readMergeState(tx, keepId, otherId);
      if (!keep) return refused("keepId", KEPT_PERSON_GONE);
      if (!other || !plan) return refused("mergeId", MERGED_PERSON_GONE);
      const admins = adminEmails();
      const refusal = mergeRefusal({ keep, other, actorId: actor.id, adminEmails: admins, different: plan.answers.different });
      if (refusal) return refused("mergeId", refusal);

      const counts = await moveEverything(tx, keepId, other, now);
      await tx.user.delete({ where: { id: otherId }, select: { id: true } });
      // After the delete: an address taken over from the other person is free by then.
      const changes = mergedColumns(keep, other, admins);
      if (Object.keys(changes).length) await tx.user.update({ where: { id: keepId }, data: changes, select: { id: true } });
      const promoted = await promoteFreedPlaces(tx, plan.answers.bothAttending, now);
      await recordChange(tx, actor, {
        action: "user.merge",
        entityType: "User",
        entityId: keepId,
        entityLabel: keep.name,
        before: { mergedPerson: { id: other.id, name: other.name, email: other.email }, ...valuesOf(keep, Object.keys(changes)) },
        after: { ...changes, moved: counts, ...(promoted ? { promotedFromWaitingList: promoted } : {}) },
      });
      return { outcome: "merged", keptName: keep.name, removed: { name: other.name, email: other.email }, counts };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

function valuesOf(person: MergeColumns, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, person[key as keyof MergeColumns]]));
}

/** Every row of the other person to the kept one, in a fixed number of statements; a row both have is kept once. */
async function moveEverything(tx: Tx, keepId: string, other: MergeColumns, now: Date): Promise<MergeCounts> {
  const otherId = other.id;
  const moveTo = { where: { userId: otherId }, data: { userId: keepId } };

  // The same answer twice: the kept person's row stays, with a place rather than the waiting list (or the earlier
  // place on it), dietary wishes if only the other gave them, present if either was ticked, reminded if either was.
  await tx.$executeRaw`
    UPDATE "Rsvp" k SET
      status = CASE WHEN o.status = 'ATTENDING' THEN o.status ELSE k.status END,
      "waitlistedAt" = CASE WHEN 'ATTENDING' IN (k.status, o.status) THEN NULL ELSE LEAST(k."waitlistedAt", o."waitlistedAt") END,
      "dietaryWishes" = COALESCE(k."dietaryWishes", o."dietaryWishes"),
      attended = k.attended OR o.attended,
      "attendeeRemindedAt" = COALESCE(k."attendeeRemindedAt", o."attendeeRemindedAt"),
      "updatedAt" = ${now}
    FROM "Rsvp" o
    WHERE k."userId" = ${keepId} AND o."userId" = ${otherId} AND o."meetingId" = k."meetingId"`;
  const rsvpsCombined = await tx.$executeRaw`
    DELETE FROM "Rsvp" o USING "Rsvp" k WHERE o."userId" = ${otherId} AND k."userId" = ${keepId} AND k."meetingId" = o."meetingId"`;
  const rsvps = (await tx.rsvp.updateMany(moveTo)).count;

  const invitationsCombined = await tx.$executeRaw`
    DELETE FROM "Invitation" o USING "Invitation" k WHERE o."userId" = ${otherId} AND k."userId" = ${keepId} AND k."meetingId" = o."meetingId"`;
  const invitations = (await tx.invitation.updateMany(moveTo)).count;

  const personalMembershipsCombined = await tx.$executeRaw`
    DELETE FROM "PersonalMembership" o USING "PersonalMembership" k WHERE o."userId" = ${otherId} AND k."userId" = ${keepId} AND k.year = o.year`;
  const personalMemberships = (await tx.personalMembership.updateMany(moveTo)).count;

  // A position both held (same role and start) is kept once; its history goes to the one kept.
  await tx.$executeRaw`
    UPDATE "AuditEntry" a SET "entityId" = k.id
    FROM "Position" o JOIN "Position" k ON k."userId" = ${keepId} AND k.role = o.role AND k."startedOn" = o."startedOn"
    WHERE o."userId" = ${otherId} AND a."entityType" = 'Position' AND a."entityId" = o.id`;
  const positionsCombined = await tx.$executeRaw`
    DELETE FROM "Position" o USING "Position" k
    WHERE o."userId" = ${otherId} AND k."userId" = ${keepId} AND k.role = o.role AND k."startedOn" = o."startedOn"`;
  const positions = (await tx.position.updateMany(moveTo)).count;

  const applications = (await tx.application.updateMany(moveTo)).count;
  const accelerationRequests = (await tx.accelerationRequest.updateMany(moveTo)).count;
  const mailsAbout = (await tx.outboxMail.updateMany({ where: { aboutUserId: otherId }, data: { aboutUserId: keepId } })).count;
  // Messages still to be rendered (invitations, answer confirmations) name the person: render them for the one kept.
  await tx.$executeRaw`
    UPDATE "OutboxMail" SET "templateData" = jsonb_set("templateData", '{userId}', to_jsonb(${keepId}::text))
    WHERE status IN ('PENDING', 'SENDING') AND "templateData"->>'userId' = ${otherId}`;
  const documents = (await tx.meetingDocument.updateMany({ where: { uploadedById: otherId }, data: { uploadedById: keepId } })).count;
  // The log stays readable: what the other did, and what was done to them, now shows with the kept person, under
  // the name and address recorded at the time.
  const auditEntriesBy = (await tx.auditEntry.updateMany({ where: { actorId: otherId }, data: { actorId: keepId } })).count;
  const auditEntriesAbout = (await tx.auditEntry.updateMany({ where: { entityType: "User", entityId: otherId }, data: { entityId: keepId } })).count;
  // Page versions the other saved keep the label recorded at the time.
  await tx.sitePageVersion.updateMany({ where: { authorId: otherId }, data: { authorId: keepId } });

  // The other record can no longer be signed in to: its sessions, linked accounts and open sign-in links go.
  const sessionsEnded = (await tx.session.deleteMany({ where: { userId: otherId } })).count;
  await tx.account.deleteMany({ where: { userId: otherId } });
  if (other.email) await tx.verificationToken.deleteMany({ where: { identifier: other.email } });

  return {
    applications,
    rsvps,
    rsvpsCombined,
    invitations,
    invitationsCombined,
    positions,
    positionsCombined,
    personalMemberships,
    personalMembershipsCombined,
    mailsAbout,
    documents,
    accelerationRequests,
    auditEntriesBy,
    auditEntriesAbout,
    sessionsEnded,
  };
}

/** Both had a place at a meeting with a limit: one place is free now, for the first on its waiting list. */
async function promoteFreedPlaces(tx: Tx, meetingIds: string[], now: Date): Promise<number> {
  if (!meetingIds.length) return 0;
  const meetings = await tx.meeting.findMany({
    where: { id: { in: meetingIds }, capacity: { not: null }, cancelledAt: null, endsAt: { gte: now } },
    orderBy: { id: "asc" },
    select: { id: true, capacity: true },
  });
  let promoted = 0;
  for (const meeting of meetings) {
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meeting.id} FOR UPDATE`;
    promoted += (await promoteWaiting(tx, meeting.id, meeting.capacity!)).length;
  }
  return promoted;
}
