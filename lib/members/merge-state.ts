import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type AnswerRow, compareAnswers, type MergeColumns } from "./merge-rules";
import { personDetailsSelect } from "./person-select";

type Tx = Prisma.TransactionClient | Database;

/** What moves from the person who goes to the one who stays, per kind; "…Combined": both had it, kept once. */
export type MergeCounts = {
  applications: number;
  rsvps: number;
  rsvpsCombined: number;
  invitations: number;
  invitationsCombined: number;
  positions: number;
  positionsCombined: number;
  personalMemberships: number;
  personalMembershipsCombined: number;
  mailsAbout: number;
  documents: number;
  accelerationRequests: number;
  auditEntriesBy: number;
  auditEntriesAbout: number;
  sessionsEnded: number;
};

const columns = {
  id: true,
  ...personDetailsSelect,
  emailVerified: true,
  image: true,
  municipalityId: true,
  admittedAt: true,
} as const;

/** The rows of other tables that belong to a person, and move with a merge. */
export const relationCounts = {
  applications: true,
  rsvps: true,
  invitations: true,
  positions: true,
  memberships: true,
  mailAbout: true,
  documents: true,
  accelerationRequests: true,
  auditEntries: true,
  sessions: true,
} as const;

/** How many of the other person's rows the kept person also has (same meeting, year, or role and start). */
function overlap<R extends { userId: string }>(rows: R[], keepId: string, keyOf: (row: R) => string | number): number {
  const kept = new Set(rows.filter((row) => row.userId === keepId).map(keyOf));
  return rows.filter((row) => row.userId !== keepId && kept.has(keyOf(row))).length;
}

/**
 * Both people, their answers compared, and what would move, in a fixed number of queries however much either
 * has. Null for a person who does not exist (any more).
 */
export async function readMergeState(tx: Tx, keepId: string, otherId: string) {
  const ids = [keepId, otherId];
  const people = await tx.user.findMany({ where: { id: { in: ids } }, select: { ...columns, _count: { select: relationCounts } } });
  const keepRow = people.find((person) => person.id === keepId);
  const otherRow = people.find((person) => person.id === otherId);
  if (!keepRow || !otherRow) return { keep: keepRow ? strip(keepRow) : null, other: otherRow ? strip(otherRow) : null, plan: null };
  const [rsvps, invitations, memberships, positions, auditEntriesAbout] = await Promise.all([
    tx.rsvp.findMany({
      where: { userId: { in: ids } },
      select: { userId: true, meetingId: true, status: true, days: true, dinner: true, overnight: true, meeting: { select: { title: true, startsAt: true } } },
    }),
    tx.invitation.findMany({ where: { userId: { in: ids } }, select: { userId: true, meetingId: true } }),
    tx.personalMembership.findMany({ where: { userId: { in: ids } }, select: { userId: true, year: true } }),
    tx.position.findMany({ where: { userId: { in: ids } }, select: { userId: true, role: true, startedOn: true } }),
    tx.auditEntry.count({ where: { entityType: "User", entityId: otherId } }),
  ]);
  const answers = compareAnswers(
    keepId,
    rsvps.map(({ meeting, ...row }): AnswerRow => ({ ...row, title: meeting.title, startsAt: meeting.startsAt })),
  );
  const count = otherRow._count;
  const rsvpsCombined = answers.same.length;
  const invitationsCombined = overlap(invitations, keepId, (row) => row.meetingId);
  const positionsCombined = overlap(positions, keepId, (row) => `${row.role}:${row.startedOn.toISOString()}`);
  const personalMembershipsCombined = overlap(memberships, keepId, (row) => row.year);
  const counts: MergeCounts = {
    applications: count.applications,
    rsvps: count.rsvps - rsvpsCombined - answers.different.length,
    rsvpsCombined,
    invitations: count.invitations - invitationsCombined,
    invitationsCombined,
    positions: count.positions - positionsCombined,
    positionsCombined,
    personalMemberships: count.memberships - personalMembershipsCombined,
    personalMembershipsCombined,
    mailsAbout: count.mailAbout,
    documents: count.documents,
    accelerationRequests: count.accelerationRequests,
    auditEntriesBy: count.auditEntries,
    auditEntriesAbout,
    sessionsEnded: count.sessions,
  };
  return { keep: strip(keepRow), other: strip(otherRow), plan: { answers, counts } };
}

function strip<T extends MergeColumns & { _count: unknown }>({ _count: _counts, ...person }: T): MergeColumns {
  return person;
}
