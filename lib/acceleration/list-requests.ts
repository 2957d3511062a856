import "server-only";
import { latestAuditEntries } from "../audit/list-audit-entries";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type Paged, paged, pageWindow } from "../pagination/page-params";
import type { AccelerationFilter } from "./labels";
import { type StoredCondition, storedConditionSchema } from "./request-schema";

/** What each tab shows: confirmed requests by status, and the unconfirmed ones apart. */
const filterWhere: Record<AccelerationFilter, Prisma.AccelerationRequestWhereInput> = {
  nieuw: { status: "NEW", confirmedAt: { not: null } },
  intake: { status: "INTAKE_PLANNED", confirmedAt: { not: null } },
  geaccepteerd: { status: "ACCEPTED", confirmedAt: { not: null } },
  afgewezen: { status: "DECLINED", confirmedAt: { not: null } },
  onbevestigd: { confirmedAt: null },
};

const rowSelect = {
  id: true,
  municipalityName: true,
  contactName: true,
  email: true,
  status: true,
  conditions: true,
  confirmedAt: true,
  createdAt: true,
} as const;

/** The stored conditions, read defensively: a row written by hand shows as "no answers" rather than breaking the page. */
export function conditionsOf(stored: Prisma.JsonValue): StoredCondition[] {
  const parsed = storedConditionSchema.array().safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** One tab of requests, paged in the database: new ones oldest first (they wait longest), the rest newest first. */
export async function listAccelerationRequests(db: Database, filter: AccelerationFilter, page: number): Promise<Paged<AccelerationRequestRow>> {
  const where = filterWhere[filter];
  const [rows, total] = await Promise.all([
    db.accelerationRequest.findMany({ where, orderBy: { createdAt: filter === "nieuw" ? "asc" : "desc" }, select: rowSelect, ...pageWindow(page) }),
    db.accelerationRequest.count({ where }),
  ]);
  const items = rows.map(({ conditions, ...row }) => ({ ...row, conditionsMet: conditionsOf(conditions).filter((condition) => condition.met).length }));
  return paged(items, total, page);
}

export type AccelerationRequestRow = Omit<Prisma.AccelerationRequestGetPayload<{ select: typeof rowSelect }>, "conditions"> & { conditionsMet: number };

/** One request with everything the requester filled in, and its history. */
export async function loadAccelerationRequest(db: Database, id: string) {
  const [request, history] = await Promise.all([
    db.accelerationRequest.findUnique({
      where: { id },
      select: { ...rowSelect, contactRole: true, phone: true, question: true, client: true, statusNote: true, closedAt: true, updatedAt: true },
    }),
    latestAuditEntries(db, { entityType: "AccelerationRequest", entityId: id }, 50),
  ]);
  if (!request) return null;
  return { ...request, conditions: conditionsOf(request.conditions), history };
}

export type AccelerationRequestDetail = NonNullable<Awaited<ReturnType<typeof loadAccelerationRequest>>>;
