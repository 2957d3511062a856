import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getPublishedArticle, listArticles } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";
import { loadHomePage } from "@/lib/home/load-home-page";
import { loadAgendaPage } from "@/lib/meetings/load-agenda-page";
import { getPublishedMeeting, listMeetingsForCalendar } from "@/lib/meetings/queries";
import { loadKernclubPage } from "@/lib/people/load-kernclub-page";
import { getCurrentSecretary } from "@/lib/people/queries";
import { seedDatabase } from "@/lib/seed/seed-database";
import { freshDatabase } from "./database";

const url = inject("databaseUrl");

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

async function countQueries(load: () => Promise<unknown>) {
  queries = 0;
  await load();
  return queries;
}

/** Adds generated meetings (each with agenda items and a report) until there are `total`. */
async function growTo(total: number) {
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
        agendaItems: { create: [{ position: 1, title: "Onderwerp A" }, { position: 2, title: "Onderwerp B", speaker: "Spreker" }] },
        reports: { create: { slug: `bulk-verslag-${index}`, kind: "REPORT", title: `Verslag ${index}`, summary: "Samenvatting", body: "Tekst", publishedOn: startsAt } },
      },
    });
  }
}

const loaders: Record<string, () => Promise<unknown>> = {
  home: () => loadHomePage(),
  agenda: () => loadAgendaPage(),
  meeting: () => getPublishedMeeting("bulk-3"),
  calendarFeed: () => listMeetingsForCalendar(),
  news: () => listArticles(),
  article: () => getPublishedArticle("bulk-verslag-3"),
  kernclub: () => loadKernclubPage(),
  contact: () => getCurrentSecretary(),
};

describe("public page data loaders", () => {
  beforeAll(async () => {
    await freshDatabase(url);
    await seedDatabase(db);
  });
  afterAll(() => db.$disconnect());

  it("issue the same number of queries with 10 and with 500 meetings", async () => {
    await growTo(10);
    const small: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) small[name] = await countQueries(load);

    await growTo(500);
    const large: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) large[name] = await countQueries(load);

    expect(large).toEqual(small);
    for (const count of Object.values(small)) expect(count).toBeGreaterThan(0);
  });
});
