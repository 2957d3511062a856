// `npm run bench:admin`: each admin page's data loading at 1× and at 100× the data (100× = 10,000 people,
// 400 municipalities, 1,000 meetings, 20,000 RSVPs, plus 1,000 applications, 100 requests for the versnellingstraject
// and 5,000 audit entries).
// Prints per page the number of queries and the median time over 15 runs, and the ratio 100× / 1×.
// On a fresh in-memory embedded database, or BENCH_DATABASE_URL (which is emptied). Figures, no pass or fail.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";
import { loaderMeter, type LoaderMeasure } from "./measure-loader";

const runs = 15;
const factors = [0.01, 1];

const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: "memory" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
if (embedded) process.env.DATABASE_POOL_MAX = "1";

// Imported after DATABASE_URL is set: the shared client reads it once.
const { db } = await import("../lib/db/client");
const { seedDatabase } = await import("../lib/seed/seed-database");
const { adminVolumeSamples, scaledVolume, seedAdminVolume } = await import("../lib/seed/bulk-admin-data");
const { adminPageLoaders } = await import("../lib/site/admin-page-loaders");
const { currentYear } = await import("../lib/members/current-year");

const measure = loaderMeter(db);
const results = new Map<string, LoaderMeasure[]>();

for (const factor of factors) {
  await resetDatabase(url);
  await applyMigrations(url);
  await seedDatabase(db);
  const volume = scaledVolume(factor);
  const started = performance.now();
  await seedAdminVolume(db, volume, currentYear());
  console.log(`${factor === 1 ? "100×" : "1×"}: ${JSON.stringify(volume)} aangemaakt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await db.$executeRawUnsafe("ANALYZE");
  const loaders = adminPageLoaders(db, await adminVolumeSamples(db, volume));
  for (const [page, load] of Object.entries(loaders)) {
    results.set(page, [...(results.get(page) ?? []), await measure(load, runs)]);
  }
}

console.table(
  [...results].map(([page, [small, large]]) => ({
    page,
    "queries 1×": small.queries,
    "queries 100×": large.queries,
    "ms 1×": Number(small.medianMs.toFixed(2)),
    "ms 100×": Number(large.medianMs.toFixed(2)),
    "100× / 1×": Number((large.medianMs / small.medianMs).toFixed(2)),
  })),
);
await db.$disconnect();
await embedded?.stop();
