import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { currentYear } from "../members/current-year";
import { paged, pageWindow } from "../pagination/page-params";

/** Municipalities by name, searched by name in the database, each with the years it took part (loaded in the same query). */
export async function listMunicipalities({ q, page }: { q: string; page: number }) {
  const where: Prisma.MunicipalityWhereInput = q ? { name: { contains: q, mode: "insensitive" } } : {};
  const [rows, total] = await Promise.all([
    db.municipality.findMany({
      where,
      orderBy: { name: "asc" },
      select: { id: true, name: true, cbsCode: true, memberships: { select: { year: true }, orderBy: { year: "asc" } } },
      ...pageWindow(page),
    }),
    db.municipality.count({ where }),
  ]);
  const year = currentYear();
  const items = rows.map(({ memberships, ...municipality }) => {
    const years = memberships.map((membership) => membership.year);
    return { ...municipality, years, activeThisYear: years.includes(year) };
  });
  return { year, ...paged(items, total, page) };
}

export type MunicipalityRow = Awaited<ReturnType<typeof listMunicipalities>>["items"][number];
