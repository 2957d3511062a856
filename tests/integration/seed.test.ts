import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed-database";
import { withFreshDatabase } from "./database";

const url = inject("databaseUrl");
const db = createPrismaClient(url);

async function snapshot() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    const dump: Record<string, unknown[]> = {};
    for (const { tablename } of tables) {
      dump[tablename] = (await client.query(`SELECT * FROM "${tablename}" ORDER BY "${tablename}"::text`)).rows;
    }
    return dump;
  } finally {
    await client.end();
  }
}

describe("seed", () => {
  withFreshDatabase();
  afterAll(() => db.$disconnect());

  it("creates the network's content and changes nothing when run again", async () => {
    const today = new Date("2026-11-23T10:00:00Z");
    await seedDatabase(db, { today });
    const first = await snapshot();
    await seedDatabase(db, { today });
    expect(await snapshot()).toEqual(first);

    expect(first.Article).toHaveLength(3);
    expect(first.Municipality.length).toBeGreaterThanOrEqual(7);
    const assen = await db.meeting.findUniqueOrThrow({
      where: { slug: "2020-11-12-24-uursbijeenkomst-assen" },
      select: { kind: true, hostMunicipality: { select: { name: true } } },
    });
    expect(assen).toEqual({ kind: "TWENTY_FOUR_HOUR", hostMunicipality: { name: "Assen" } });
  });

  it("reproduces the historical articles as their sources wrote them, with the secretary they name and a note saying so", async () => {
    await seedDatabase(db, { today: new Date("2026-11-23T10:00:00Z") });
    const bodies = Object.fromEntries(
      (await db.article.findMany({ select: { slug: true, body: true, sourceNote: true } })).map((article) => [article.slug, article]),
    );
    expect(bodies["vruchtbare-smeltkroes"]!.body).toContain("contact op te nemen met de secretaris van het Wmo transformatienetwerk, Marjon Breed.");
    expect(bodies["eerste-inzichten-24-uursbijeenkomst-almere"]!.body).toContain("gerust contact op met Marjon Breed.");
    expect(bodies["eerste-inzichten-24-uursbijeenkomst-almere"]!.sourceNote).toContain("de huidige secretaris staat op de pagina Contact");
    expect(bodies["terugblik-netwerkcafe-sociaal-domein"]!.body).toContain(
      "Neem gerust contact op met de secretaris van het netwerk Klaske Gonlag. Zij staat u graag te woord.",
    );
    expect(bodies["terugblik-netwerkcafe-sociaal-domein"]!.body).not.toContain("Meld u aan");
    expect(
      Object.values(bodies)
        .map((article) => article.body)
        .join("\n"),
    ).not.toContain("secretariaat");
  });

  it("seeds the themes the source texts name, tied to the meetings and articles whose text names them", async () => {
    expect(await db.theme.count()).toBe(16);
    const almere = await db.meeting.findUniqueOrThrow({
      where: { slug: "2019-06-13-24-uursbijeenkomst-almere" },
      select: { themes: { orderBy: { theme: { slug: "asc" } }, select: { theme: { select: { slug: true } } } } },
    });
    expect(almere.themes.map((row) => row.theme.slug)).toEqual(["inkoop", "monitoring-en-sturing", "voorliggend-veld", "wijkgerichte-ggz"]);
    const interview = await db.article.findUniqueOrThrow({ where: { slug: "vruchtbare-smeltkroes" }, select: { _count: { select: { themes: true } } } });
    expect(interview._count.themes).toBe(6);
    const unnamed = await db.theme.findUniqueOrThrow({
      where: { slug: "sociale-basisinfrastructuur" },
      select: { _count: { select: { meetings: true, articles: true } } },
    });
    expect(unnamed._count).toEqual({ meetings: 0, articles: 0 });
  });

  it("keeps both the chair's former and current municipality and shows one current secretary", async () => {
    const chairs = await db.position.findMany({
      where: { role: "CHAIR" },
      orderBy: { startedOn: "asc" },
      select: { endedOn: true, municipality: { select: { name: true } } },
    });
    expect(chairs.map((chair) => [chair.municipality?.name, chair.endedOn === null])).toEqual([
      ["Rotterdam", false],
      ["Tilburg", true],
    ]);
    const secretaries = await db.position.findMany({ where: { role: "SECRETARY", endedOn: null }, select: { user: { select: { name: true } } } });
    expect(secretaries).toEqual([{ user: { name: "Klaske Gonlag" } }]);
  });

  it("adds demo meetings, marked as such, for the next twelve months in the network's pattern; the source texts' meetings are real", async () => {
    const upcoming = await db.meeting.findMany({
      where: { startsAt: { gte: new Date("2026-11-23T00:00:00Z"), lte: new Date("2027-11-24T00:00:00Z") } },
      orderBy: { startsAt: "asc" },
      select: { kind: true, startsAt: true, demo: true },
    });
    expect(upcoming).toHaveLength(4);
    expect(upcoming.every((meeting) => meeting.demo)).toBe(true);
    expect(await db.meeting.count({ where: { demo: true, startsAt: { lt: new Date("2023-01-01T00:00:00Z") } } })).toBe(0);
    expect(upcoming.at(-1)?.kind).toBe("TWENTY_FOUR_HOUR");
    expect(upcoming.at(-1)?.startsAt.getUTCMonth()).toBe(10);
  });
});
