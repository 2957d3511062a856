import "server-only";
import { entity, recordChange, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type PersonalMembershipResult =
  { outcome: "done"; name: string } | { outcome: "unchanged"; name: string } | { outcome: "not-found" } | { outcome: "municipal"; name: string };

/**
 * Gives a person their own membership for `year`, once: the unique (person, year) and ON CONFLICT DO NOTHING
 * keep it at one row, also when two approvals run at the same moment. True when this call created it.
 */
export async function addPersonalMembership(tx: Prisma.TransactionClient, userId: string, year: number): Promise<boolean> {
  const created = await tx.personalMembership.createMany({ data: [{ userId, year }], skipDuplicates: true });
  return created.count > 0;
}

/** The secretary gives a ministry's, the VNG's or another organisation's person their own membership; municipal staff go through their municipality. */
export function givePersonalMembership(db: Database, actor: Actor, userId: string, year: number): Promise<PersonalMembershipResult> {
  return db.$transaction(async (tx): Promise<PersonalMembershipResult> => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { name: true, organisationType: true } });
    if (!person) return { outcome: "not-found" };
    if (person.organisationType === "MUNICIPALITY") return { outcome: "municipal", name: person.name };
    if (!(await addPersonalMembership(tx, userId, year))) return { outcome: "unchanged", name: person.name };
    // Giving a membership by hand is the secretary admitting the person.
    await tx.user.updateMany({ where: { id: userId, admittedAt: null }, data: { admittedAt: new Date() } });
    await recordChange(tx, actor, { action: "user.personal-membership.give", ...entity("User", userId, person.name), after: { personalMembership: year } });
    return { outcome: "done", name: person.name };
  });
}

/** Ends a person's own membership for `year`; their answers for meetings stay. */
export function endPersonalMembership(db: Database, actor: Actor, userId: string, year: number): Promise<PersonalMembershipResult> {
  return db.$transaction(async (tx): Promise<PersonalMembershipResult> => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    if (!person) return { outcome: "not-found" };
    const removed = await tx.personalMembership.deleteMany({ where: { userId, year } });
    if (removed.count === 0) return { outcome: "unchanged", name: person.name };
    await recordChange(tx, actor, { action: "user.personal-membership.end", ...entity("User", userId, person.name), before: { personalMembership: year } });
    return { outcome: "done", name: person.name };
  });
}
