// `npm run bench`: how the public pages' data loaders scale with the number of meetings. Prints, per
// loader and data size, the number of queries and the median time over 20 runs, on a fresh in-memory
// embedded database (or BENCH_DATABASE_URL, which is emptied first). Figures only: no pass or fail.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";

const sizes = [10, 100, 1000];
const runs = 20;

const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: "memory" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
if (embedded) process.env.DATABASE_POOL_MAX = "1";
await resetDatabase(url);
await applyMigrations(url);

// Imported after DATABASE_URL is set: the shared client reads it once.
const { db } = await import("../lib/db/client");
const { seedDatabase } = await import("../lib/seed/seed-database");
const { growBulkMeetings } = await import("../lib/seed/bulk-meetings");
const { publicPageLoaders } = await import("../lib/site/public-page-loaders");

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

await seedDatabase(db);
const rows: Record<string, string | number>[] = [];
for (const size of sizes) {
  await growBulkMeetings(db, size);
  for (const [page, load] of Object.entries(publicPageLoaders(db, "bulk-3", "bulk-verslag-3"))) {
    await load();
    const times: number[] = [];
    queries = 0;
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await load();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({ page, meetings: size, queries: queries / runs, "median ms": Number(times[Math.floor(runs / 2)].toFixed(2)) });
  }
}
console.table(rows);
await db.$disconnect();
await embedded?.stop();
