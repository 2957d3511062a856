import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";

export type AdmitResult = { outcome: "admitted"; name: string } | { outcome: "unchanged"; name: string } | { outcome: "not-found" };

/**
 * The secretary admits someone who has no sign-up to approve (for example a guest who was invited by address):
 * from now on their municipality's or their own membership gives them a member's rights.
 */
export function admitPerson(db: Database, actor: Actor, userId: string): Promise<AdmitResult> {
  return db.$transaction(async (tx): Promise<AdmitResult> => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    if (!person) return { outcome: "not-found" };
    const admitted = await tx.user.updateMany({ where: { id: userId, admittedAt: null }, data: { admittedAt: new Date() } });
    if (!admitted.count) return { outcome: "unchanged", name: person.name };
    await recordChange(tx, actor, { action: "user.admit", entityType: "User", entityId: userId, entityLabel: person.name, after: { admitted: true } });
    return { outcome: "admitted", name: person.name };
  });
}
