import "server-only";
import type { Database } from "../db/client";

/**
 * Adds generated meetings, each with two agenda items and a report, until there are `total`: data volume
 * for the query-count test and the benchmark.
 */
export async function growBulkMeetings(db: Database, total: number) {
  const existing = await db.meeting.count({ where: { slug: { startsWith: "bulk-" } } });
  for (let index = existing; index < total; index += 1) {
    const startsAt = new Date(Date.UTC(2000 + (index % 30), index % 12, 10, 12));
    await db.meeting.create({
      data: {
        slug: `bulk-${index}`,
        kind: index % 4 === 3 ? "TWENTY_FOUR_HOUR" : "MEETING",
        title: `Bijeenkomst ${index}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 4 * 3600_000),
        agendaItems: {
          create: [
            { position: 1, title: "Onderwerp A" },
            { position: 2, title: "Onderwerp B", speaker: "Spreker" },
          ],
        },
        reports: {
          create: { slug: `bulk-verslag-${index}`, kind: "REPORT", title: `Verslag ${index}`, summary: "Samenvatting", body: "Tekst", publishedOn: startsAt },
        },
      },
    });
  }
}
