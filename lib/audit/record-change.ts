import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";

/** Who made a change: a signed-in secretary, or a command run on the server. */
export type Actor = { id: string | null; label: string };

export function actorOf(user: { id: string; email?: string | null; name?: string | null }): Actor {
  return { id: user.id, label: user.email ?? user.name ?? user.id };
}

type Change = {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  entityLabel: string;
  before?: unknown;
  after?: unknown;
};

/** The record a change is about, as the log names it: `...entity("User", id, name)` in a change. */
export function entity(entityType: AuditEntityType, entityId: string, entityLabel: string) {
  return { entityType, entityId, entityLabel };
}

export const auditEntityTypes = [
  "Application",
  "User",
  "Municipality",
  "Position",
  "Meeting",
  "Article",
  "Theme",
  "MeetingDocument",
  "FeeRecord",
  "AccelerationRequest",
  "Import",
  "SitePage",
  "Mailing",
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

function rowOf(actor: Actor, change: Change) {
  return {
    actorId: actor.id,
    actorLabel: actor.label,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    entityLabel: change.entityLabel.slice(0, 200),
    before: toJson(change.before),
    after: toJson(change.after),
  };
}

/** Writes one audit entry. Call it inside the transaction of the change, so the two stand or fall together. */
export function recordChange(tx: Prisma.TransactionClient, actor: Actor, change: Change) {
  return tx.auditEntry.create({ data: rowOf(actor, change), select: { id: true } });
}

/** Writes the entries of a change to many records (a new year for every municipality) in one statement. */
export function recordChanges(tx: Prisma.TransactionClient, actor: Actor, changes: Change[]) {
  return tx.auditEntry.createMany({ data: changes.map((change) => rowOf(actor, change)) });
}

/**
 * The same for thousands of records at once (an import): one statement whatever their number, where createMany is
 * split into a statement per few thousand rows by the database's limit on parameters.
 */
export function recordChangesInBulk(tx: Prisma.TransactionClient, actor: Actor, changes: Change[]) {
  if (!changes.length) return Promise.resolve(0);
  const rows = changes.map((change) => ({ id: randomUUID(), ...rowOf(actor, change) }));
  return tx.$executeRawUnsafe(
    `INSERT INTO "AuditEntry" (id, "actorId", "actorLabel", action, "entityType", "entityId", "entityLabel", before, after)
     SELECT id, "actorId", "actorLabel", action, "entityType", "entityId", "entityLabel", before, after
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, "actorId" text, "actorLabel" text, action text, "entityType" text, "entityId" text, "entityLabel" text, before jsonb, after jsonb)`,
    JSON.stringify(rows),
  );
}

/** Dates become ISO strings; undefined stays out (Prisma's JSON columns take plain JSON only). */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
