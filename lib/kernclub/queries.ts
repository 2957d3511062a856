import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";

export const positionSelect = {
  id: true,
  role: true,
  startedOn: true,
  endedOn: true,
  source: true,
  contactEmail: true,
  contactPhone: true,
  user: { select: { name: true } },
  municipality: { select: { name: true } },
} as const;

/** Everyone in a role now and before, current first; the kernclub page splits them. */
export function listPositions(db: Database) {
  return db.position.findMany({
    orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { role: "asc" }, { sortOrder: "asc" }],
    select: positionSelect,
  });
}

export type PositionWithPerson = Awaited<ReturnType<typeof listPositions>>[number];

export function getCurrentSecretary(db: Database) {
  return db.position.findFirst({
    where: { role: "SECRETARY", endedOn: null },
    orderBy: { startedOn: "desc" },
    select: positionSelect,
  });
}

/** The people of the kernclub now, as /kernclub shows it: a current chair's or member's position. */
export const inKernclubNow: Prisma.UserWhereInput = { positions: { some: { endedOn: null, role: { in: ["CHAIR", "KERNCLUB_MEMBER"] } } } };
