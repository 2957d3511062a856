// `npm run bench`: how the public pages' data loaders scale with the number of meetings. Prints, per
// loader and data size, the number of queries and the median time over 20 runs, on a fresh in-memory
// embedded database (or BENCH_DATABASE_URL, which is emptied first). Figures only: no pass or fail.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";
import { loaderMeter } from "./measure-loader";

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

const measure = loaderMeter(db);

await seedDatabase(db);
const rows: Record<string, string | number>[] = [];
for (const size of sizes) {
  await growBulkMeetings(db, size);
  for (const [page, load] of Object.entries(publicPageLoaders(db, "bulk-3", "bulk-verslag-3"))) {
    const { queries, medianMs } = await measure(load, runs);
    rows.push({ page, meetings: size, queries, "median ms": Number(medianMs.toFixed(2)) });
  }
}
console.table(rows);
await db.$disconnect();
await embedded?.stop();
