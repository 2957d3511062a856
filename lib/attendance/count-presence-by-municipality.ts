import "server-only";
import type { Database } from "../db/client";
import { currentYear } from "../members/current-year";

export type MunicipalityPresence = {
  municipalityId: string;
  name: string;
  /** Per year (of the meeting, in Amsterdam): at how many meetings someone of the municipality was, and how often. */
  years: Record<number, { meetings: number; present: number }>;
};

/**
 * Who came, per municipality (the person's own) and year, over the last `yearsShown` years: one grouped query,
 * whatever the number of meetings, people and municipalities. Only meetings whose presence list was kept count.
 */
export async function countPresenceByMunicipality(db: Database, now = new Date(), yearsShown = 3) {
  const lastYear = currentYear(now);
  const years = Array.from({ length: yearsShown }, (_, index) => lastYear - index);
  const rows = await db.$queryRaw<{ municipalityId: string; name: string; year: number; meetings: number; present: number }[]>`
    SELECT mu.id AS "municipalityId", mu.name, y.year, COUNT(DISTINCT r."meetingId")::int AS meetings, COUNT(*)::int AS present
    FROM "Rsvp" r
    JOIN "Meeting" m ON m.id = r."meetingId"
    JOIN "User" u ON u.id = r."userId"
    JOIN "Municipality" mu ON mu.id = u."municipalityId"
    CROSS JOIN LATERAL (SELECT EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'Europe/Amsterdam')::int AS year) y
    WHERE r.attended AND m."presenceRecordedAt" IS NOT NULL AND y.year BETWEEN ${years.at(-1)} AND ${lastYear}
    GROUP BY mu.id, mu.name, y.year
    ORDER BY mu.name, mu.id`;
  const byMunicipality = new Map<string, MunicipalityPresence>();
  for (const row of rows) {
    const entry = byMunicipality.get(row.municipalityId) ?? { municipalityId: row.municipalityId, name: row.name, years: {} };
    entry.years[row.year] = { meetings: row.meetings, present: row.present };
    byMunicipality.set(row.municipalityId, entry);
  }
  return { years, municipalities: [...byMunicipality.values()] };
}

export type PresenceByMunicipality = Awaited<ReturnType<typeof countPresenceByMunicipality>>;
