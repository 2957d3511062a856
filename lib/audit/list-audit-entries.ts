import "server-only";
import type { Database } from "../db/client";
import { PAGE_SIZE, pageWindow } from "../pagination/page-params";

const auditSelect = {
  id: true,
  createdAt: true,
  actorId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  entityLabel: true,
  before: true,
  after: true,
} as const;

export type AuditFilter = { entityType?: string; entityId?: string; actorId?: string; actorLabel?: string };

/**
 * Audit entries, newest first, filtered by record or by who acted; paged in the database. The log only grows,
 * so it is not counted (a count reads every entry): one row more than a page tells whether another page follows.
 */
export async function listAuditEntries(
  db: Database,
  filter: AuditFilter,
  page = 1,
  size = PAGE_SIZE,
): Promise<{ items: AuditEntryView[]; page: number; hasNext: boolean }> {
  const where = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.actorLabel ? { actorLabel: filter.actorLabel } : {}),
  };
  const { skip, take } = pageWindow(page, size);
  const rows = await db.auditEntry.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: auditSelect, skip, take: take + 1 });
  return { items: rows.slice(0, size), page, hasNext: rows.length > size };
}

/** The latest changes, for the overview and a record's history. */
export function latestAuditEntries(db: Database, filter: AuditFilter, take = 10) {
  return db.auditEntry.findMany({
    where: { entityType: filter.entityType, entityId: filter.entityId, actorId: filter.actorId },
    orderBy: { createdAt: "desc" },
    take,
    select: auditSelect,
  });
}

export type AuditEntryView = Awaited<ReturnType<typeof latestAuditEntries>>[number];

/** Everyone who ever made a change (secretaries, commands): a short list for the log's filter. */
export async function listAuditActors(db: Database) {
  const actors = await db.auditEntry.groupBy({ by: ["actorLabel"], orderBy: { actorLabel: "asc" } });
  return actors.map((actor) => actor.actorLabel);
}
