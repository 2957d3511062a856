import "server-only";
import { entity, recordChange, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";

export type AccountStatusResult =
  { outcome: "done"; name: string } | { outcome: "unchanged"; name: string } | { outcome: "not-found" } | { outcome: "own-account" };

/**
 * Deactivates an account: signing in is refused from now on (lib/auth/auth.ts) and its sessions end in
 * the same transaction, so a browser that is signed in is signed out at its next request. History stays.
 */
export async function deactivatePerson(db: Database, actor: Actor, id: string, now = new Date()): Promise<AccountStatusResult> {
  if (id === actor.id) return { outcome: "own-account" };
  return db.$transaction(async (tx): Promise<AccountStatusResult> => {
    const person = await tx.user.findUnique({ where: { id }, select: { name: true } });
    if (!person) return { outcome: "not-found" };
    const claimed = await tx.user.updateMany({ where: { id, deactivatedAt: null }, data: { deactivatedAt: now } });
    if (claimed.count === 0) return { outcome: "unchanged", name: person.name };
    await tx.session.deleteMany({ where: { userId: id } });
    await recordChange(tx, actor, {
      action: "user.deactivate",
      ...entity("User", id, person.name),
      before: { deactivatedAt: null },
      after: { deactivatedAt: now },
    });
    return { outcome: "done", name: person.name };
  });
}

export async function reactivatePerson(db: Database, actor: Actor, id: string): Promise<AccountStatusResult> {
  return db.$transaction(async (tx): Promise<AccountStatusResult> => {
    const person = await tx.user.findUnique({ where: { id }, select: { name: true, deactivatedAt: true } });
    if (!person) return { outcome: "not-found" };
    const claimed = await tx.user.updateMany({ where: { id, deactivatedAt: { not: null } }, data: { deactivatedAt: null } });
    if (claimed.count === 0) return { outcome: "unchanged", name: person.name };
    await recordChange(tx, actor, {
      action: "user.reactivate",
      ...entity("User", id, person.name),
      before: { deactivatedAt: person.deactivatedAt },
      after: { deactivatedAt: null },
    });
    return { outcome: "done", name: person.name };
  });
}
