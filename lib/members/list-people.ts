import "server-only";
import type { Database } from "../db/client";
import type { Prisma, UserRole } from "../db/generated/client";
import { paged, pageWindow } from "../pagination/page-params";
import { roleLabels } from "./labels";

export type PeopleFilter = { q: string; role: string; status: string; page: number };

export const peopleStatusLabels = { actief: "Actief", gedeactiveerd: "Gedeactiveerd" } as const;

function isRole(value: string): value is UserRole {
  return value in roleLabels;
}

/**
 * The where clause of the people list: search by name, e-mail or municipality, and filter by role and status.
 * Municipalities are matched first (`municipalityIds`): a plain id list lets PostgreSQL combine the trigram
 * indexes on name and e-mail with the one on municipalityId, where a filter on the relation scans every person.
 */
export function peopleWhere({ q, role, status }: Omit<PeopleFilter, "page">, municipalityIds: string[] = []): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (q) {
    and.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        ...(municipalityIds.length ? [{ municipalityId: { in: municipalityIds } }] : []),
      ],
    });
  }
  if (isRole(role)) and.push({ role });
  if (status === "actief") and.push({ deactivatedAt: null });
  if (status === "gedeactiveerd") and.push({ deactivatedAt: { not: null } });
  return { AND: and };
}

/** `peopleWhere` with the municipalities whose name matches the search looked up first. */
export async function findPeopleWhere(db: Database, filter: Omit<PeopleFilter, "page">): Promise<Prisma.UserWhereInput> {
  const municipalities = filter.q
    ? await db.municipality.findMany({ where: { name: { contains: filter.q, mode: "insensitive" } }, select: { id: true }, take: 100 })
    : [];
  return peopleWhere(
    filter,
    municipalities.map((municipality) => municipality.id),
  );
}

/** One page of people, searched, filtered and paged in the database. */
export async function listPeople(db: Database, filter: PeopleFilter) {
  const where = await findPeopleWhere(db, filter);
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        organisationType: true,
        organisationName: true,
        deactivatedAt: true,
        municipality: { select: { name: true } },
      },
      ...pageWindow(filter.page),
    }),
    db.user.count({ where }),
  ]);
  return paged(items, total, filter.page);
}

export type PersonRow = Awaited<ReturnType<typeof listPeople>>["items"][number];
