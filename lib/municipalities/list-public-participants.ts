import "server-only";
import type { Database } from "../db/client";
import { currentYear } from "../members/current-year";

/**
 * What /deelnemen says about who takes part this year: how many municipalities have a membership for the year,
 * and the names of those among them that agreed to be named (the secretary's tick), alphabetically. Two queries;
 * nothing about people.
 */
export async function listPublicParticipants(db: Database, now = new Date()) {
  const year = currentYear(now);
  const [count, named] = await Promise.all([
    db.membership.count({ where: { year } }),
    db.municipality.findMany({
      where: { publicParticipant: true, memberships: { some: { year } } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
  ]);
  return { year, count, names: named.map((municipality) => municipality.name) };
}

export type PublicParticipants = Awaited<ReturnType<typeof listPublicParticipants>>;
