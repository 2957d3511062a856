// `npm run bench:search`: the site search (lib/search/search-site.ts) over 10,000 articles and meetings and 2,000
// documents with their words: 20 searches, each run 25 times after one warm-up run, for a visitor and for a
// participant (who also searches the documents). Prints per search the results and median, and p50 and p99 of all
// runs. On a fresh in-memory embedded database, or BENCH_DATABASE_URL (which is emptied). Figures, no pass or fail.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";

const ARTICLES = 5_000;
const MEETINGS = 5_000;
const DOCUMENTS = 2_000;
const RUNS = 25;

const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: "memory" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
if (embedded) process.env.DATABASE_POOL_MAX = "1";

// Imported after DATABASE_URL is set: the shared client reads it once.
const { db } = await import("../lib/db/client");
const { searchSite } = await import("../lib/search/search-site");

// Words of the network's own texts, so the stems and their frequencies look like the real thing.
const vocabulary = (
  "gemeente gemeenten wijkteam toegang jeugdhulp beschermd wonen maatschappelijke opvang armoede schulden " +
  "bestaanszekerheid participatie werk inkomen zorggebruik tarieven inkoop aanbesteding monitoring sturing data " +
  "dashboard kansengelijkheid normaliseren sociale basis mantelzorg respijtzorg dagbesteding huishoudelijke hulp " +
  "ondersteuning begeleiding vervoer regiotaxi woningcorporatie uitstroom ggz wijkgericht preventie vrijwilligers " +
  "inwoners cliënten aanbieders contractmanagement budget begroting tekort transformatie samenwerking regio " +
  "netwerk bijeenkomst kennisdeling ervaringen resultaten onderzoek evaluatie beleid raad wethouder ambtenaren " +
  "programmamanager projectleider beleidsadviseur movisie versnelling vng ministerie"
).split(" ");
const ordinary = "de het een en van in op voor met over bij naar door dat die wordt worden zijn is heeft hebben ook nog meer".split(" ");

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const sentence = () => Array.from({ length: 12 }, (_, index) => (index % 2 ? pick(ordinary) : pick(vocabulary))).join(" ") + ".";
const text = (sentences: number) => Array.from({ length: sentences }, sentence).join(" ");

await resetDatabase(url);
await applyMigrations(url);
const started = performance.now();
const day = (index: number) => new Date(Date.UTC(2010, 0, 1) + index * 86_400_000);
for (let from = 0; from < ARTICLES; from += 500) {
  await db.article.createMany({
    data: Array.from({ length: 500 }, (_, offset) => ({
      slug: `bericht-${from + offset}`,
      kind: "REPORT" as const,
      title: `${pick(vocabulary)} en ${pick(vocabulary)} ${from + offset}`,
      summary: sentence(),
      body: text(25),
      publishedOn: day(from + offset),
    })),
  });
}
for (let from = 0; from < MEETINGS; from += 500) {
  await db.meeting.createMany({
    data: Array.from({ length: 500 }, (_, offset) => ({
      slug: `bijeenkomst-${from + offset}`,
      kind: "MEETING" as const,
      title: `Bijeenkomst over ${pick(vocabulary)} ${from + offset}`,
      description: text(6),
      location: "Stadskantoor",
      startsAt: day(from + offset),
      endsAt: day(from + offset),
    })),
  });
}
const meetings = await db.meeting.findMany({ select: { id: true }, take: DOCUMENTS, orderBy: { slug: "asc" } });
for (let from = 0; from < DOCUMENTS; from += 200) {
  await db.meetingDocument.createMany({
    data: meetings.slice(from, from + 200).map((meeting, offset) => ({
      meetingId: meeting.id,
      title: `Presentatie ${pick(vocabulary)} ${from + offset}`,
      mimeType: "application/pdf",
      extension: "pdf",
      sizeBytes: 100_000,
      // About 20 pages of slides' worth of words.
      text: text(150),
    })),
  });
}
const participant = await db.user.create({ data: { email: "secretariaat@example.test", name: "Secretariaat", role: "SECRETARY" } });
await db.$executeRawUnsafe("ANALYZE");
const entries = await db.searchEntry.count();
console.log(
  `${entries} zoekbare items (${ARTICLES} berichten, ${MEETINGS} bijeenkomsten, ${DOCUMENTS} documenten) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const searches = [
  "gemeenten",
  "beschermd wonen",
  '"beschermd wonen"',
  "jeugdhulp wachtlijst",
  "armoede OR schulden",
  "inkoop -aanbesteding",
  "tarieven",
  "kansengelijkheid onderwijs",
  "mantelzorgers",
  "regiotaxi vervoer",
  "monitoring sturing data",
  "wethouder",
  "movisie versnelling",
  "participatie werk inkomen",
  "huishoudelijke hulp",
  "normaliseren",
  "bijeenkomst",
  "onbekendwoord",
  "dashboard",
  "ggz wijkgericht",
];

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
for (const [who, readerId] of [
  ["bezoeker", null],
  ["deelnemer", participant.id],
] as const) {
  const all: number[] = [];
  const rows = [];
  for (const query of searches) {
    const first = await searchSite(db, query, { readerId, page: 1 });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      await searchSite(db, query, { readerId, page: 1 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push({ zoekopdracht: query, resultaten: first.total, "mediaan ms": Number(percentile(times, 0.5).toFixed(2)) });
  }
  all.sort((a, b) => a - b);
  console.log(`\nAls ${who}:`);
  console.table(rows);
  console.log(`Als ${who}: p50 ${percentile(all, 0.5).toFixed(1)} ms, p99 ${percentile(all, 0.99).toFixed(1)} ms over ${all.length} zoekopdrachten`);
}
await db.$disconnect();
await embedded?.stop();
