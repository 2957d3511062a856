import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { adminVolumeSamples, scaledVolume, seedAdminVolume } from "@/lib/seed/bulk-admin-data";
import { seedDatabase } from "@/lib/seed/seed-database";
import { adminPageLoaders } from "@/lib/site/admin-page-loaders";
import { truncateAll, withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

const url = inject("databaseUrl");

/** The number of queries each admin page's data loading issues with `factor` × the full admin volume. */
async function queryCounts(factor: number) {
  await truncateAll(url);
  await seedDatabase(db);
  const volume = scaledVolume(factor);
  await seedAdminVolume(db, volume, 2026);
  const counts: Record<string, number> = {};
  for (const [page, load] of Object.entries(adminPageLoaders(db, await adminVolumeSamples(db, volume)))) counts[page] = await countQueries(load);
  return counts;
}

describe("admin pages' data loading", () => {
  withFreshDatabase();

  it("issues the same number of queries at ten times the data", async () => {
    const small = await queryCounts(0.01);
    const large = await queryCounts(0.1);
    expect(large).toEqual(small);
    for (const count of Object.values(small)) expect(count).toBeGreaterThan(0);
  });
});
