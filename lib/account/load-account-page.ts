import "server-only";
import type { Database } from "../db/client";
import { findCoverage } from "../members/coverage";
import { currentYear } from "../members/current-year";
import { personDetailsSelect } from "../members/person-select";
import { listThemeOptions } from "../themes/queries";

/** Everything /mijn-gegevens shows, in a fixed number of queries. */
export async function loadAccountPage(db: Database, userId: string, now = new Date()) {
  const year = currentYear(now);
  const [user, coverage, themes] = await Promise.all([loadPerson(db, userId, year, now), findCoverage(db, userId, year), listThemeOptions(db)]);
  const entry = user.directoryEntry;
  // The directory choice as the form's values: nothing ticked while the person is not listed.
  const directoryChoice: Record<string, string> = entry
    ? {
        listed: "ja",
        showEmail: entry.showEmail ? "ja" : "",
        showPhone: entry.showPhone ? "ja" : "",
        themeIds: entry.themes.map((row) => row.themeId).join(","),
      }
    : {};
  return { year, user, coverage, fee: user.municipality?.feeRecords[0] ?? null, themes, directoryChoice };
}

function loadPerson(db: Database, userId: string, year: number, now: Date) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      ...personDetailsSelect,
      directoryEntry: { select: { showEmail: true, showPhone: true, themes: { select: { themeId: true } } } },
      municipality: { select: { name: true, feeRecords: { where: { year }, select: { amountCents: true, status: true } } } },
      applications: {
        orderBy: { createdAt: "desc" },
        select: { id: true, participation: true, status: true, year: true, createdAt: true, newMunicipalityName: true },
      },
      rsvps: {
        where: { meeting: { endsAt: { gte: now }, published: true } },
        orderBy: { meeting: { startsAt: "asc" } },
        select: {
          id: true,
          status: true,
          days: true,
          dinner: true,
          overnight: true,
          dietaryWishes: true,
          meeting: { select: { slug: true, title: true, kind: true, startsAt: true, endsAt: true, cancelledAt: true } },
        },
      },
    },
  });
}
