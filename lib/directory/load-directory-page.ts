import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { coveredInYear, findCoverage } from "../members/coverage";
import { currentYear } from "../members/current-year";
import { organisationTypeLabels } from "../members/sign-up-schema";

/** The filters of /leden, by address: a theme's and a municipality's slug; empty is no filter. */
export type DirectoryFilters = { theme: string; municipality: string };

/** Who is in the directory this year: people with an entry, a member's rights this year, and an account in use. */
function listedIn(year: number): Prisma.UserWhereInput {
  return { AND: [coveredInYear(year), { deactivatedAt: null }, { directoryEntry: { isNot: null } }] };
}

/**
 * /leden for one reader. Only a reader with a member's rights this year (lib/members/coverage.ts) gets the list;
 * anyone else gets their coverage, to explain why not. A fixed number of queries, whatever the number of people listed.
 */
export async function loadDirectoryPage(db: Database, readerId: string, filters: DirectoryFilters, now = new Date()) {
  const year = currentYear(now);
  const coverage = await findCoverage(db, readerId, year);
  if (coverage.kind === "none" || coverage.kind === "not-admitted") return { allowed: false as const, year, coverage };
  const [entries, themes, municipalities] = await Promise.all([
    listEntries(db, year, filters),
    db.theme.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.municipality.findMany({ where: { users: { some: listedIn(year) } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { allowed: true as const, year, entries, themes, municipalities };
}

async function listEntries(db: Database, year: number, { theme, municipality }: DirectoryFilters) {
  const entries = await db.directoryEntry.findMany({
    where: {
      user: { AND: [listedIn(year), ...(municipality ? [{ municipality: { slug: municipality } }] : [])] },
      ...(theme ? { themes: { some: { theme: { slug: theme } } } } : {}),
    },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      showEmail: true,
      showPhone: true,
      user: {
        select: {
          name: true,
          email: true,
          phone: true,
          jobTitle: true,
          organisationType: true,
          organisationName: true,
          municipality: { select: { name: true } },
        },
      },
      themes: { orderBy: { theme: { name: "asc" } }, select: { theme: { select: { slug: true, name: true } } } },
    },
  });
  // Only what the person chose to show leaves the database layer.
  return entries.map(({ userId, showEmail, showPhone, user, themes }) => ({
    id: userId,
    name: user.name,
    organisation: user.municipality
      ? `Gemeente ${user.municipality.name}`
      : (user.organisationName ?? (user.organisationType ? organisationTypeLabels[user.organisationType] : null)),
    jobTitle: user.jobTitle,
    themes: themes.map((row) => row.theme),
    email: showEmail ? user.email : null,
    phone: showPhone ? user.phone : null,
  }));
}

export type DirectoryPage = Awaited<ReturnType<typeof loadDirectoryPage>>;
export type DirectoryListing = Extract<DirectoryPage, { allowed: true }>["entries"][number];
