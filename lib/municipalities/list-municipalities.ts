import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { currentYear } from "../members/current-year";
import { paged, pageWindow } from "../pagination/page-params";

export type MunicipalityFilter = { q: string; year: string; page: number };

/** "2027" → 2027; anything else → null (no filter). */
export function filterYearOf(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The list's where clause: searched by name, and (with a year) only those taking part that year. */
export function municipalitiesWhere({ q, year }: Omit<MunicipalityFilter, "page">): Prisma.MunicipalityWhereInput {
  const takingPart = filterYearOf(year);
  return {
    ...(q ? { name: { contains: q, mode: "insensitive" as const } } : {}),
    ...(takingPart ? { memberships: { some: { year: takingPart } } } : {}),
  };
}

/**
 * Municipalities by name, each with the years it took part and the number of people it covers in the shown year
 * (its admitted, active people, when it takes part that year), all in the same query.
 */
export async function listMunicipalities(db: Database, filter: MunicipalityFilter) {
  const where = municipalitiesWhere(filter);
  const year = filterYearOf(filter.year) ?? currentYear();
  const [rows, total] = await Promise.all([
    db.municipality.findMany({
      where,
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        cbsCode: true,
        memberships: { select: { year: true }, orderBy: { year: "asc" } },
        _count: { select: { users: { where: { admittedAt: { not: null }, deactivatedAt: null } } } },
      },
      ...pageWindow(filter.page),
    }),
    db.municipality.count({ where }),
  ]);
  const items = rows.map(({ memberships, _count, ...municipality }) => {
    const years = memberships.map((membership) => membership.year);
    const takesPart = years.includes(year);
    return { ...municipality, years, takesPart, covers: takesPart ? _count.users : 0 };
  });
  return { year, ...paged(items, total, filter.page) };
}

export type MunicipalityRow = Awaited<ReturnType<typeof listMunicipalities>>["items"][number];
