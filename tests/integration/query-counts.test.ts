import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { growBulkMeetings } from "@/lib/seed/bulk-meetings";
import { seedDatabase } from "@/lib/seed/seed-database";
import { publicPageLoaders } from "@/lib/site/public-page-loaders";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

const loaders = publicPageLoaders(db, "bulk-3", "bulk-verslag-3");

describe("public page data loaders", () => {
  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db);
  });

  it("issue the same number of queries with 10 and with 500 meetings", async () => {
    await growBulkMeetings(db, 10);
    const small: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) small[name] = await countQueries(load);

    await growBulkMeetings(db, 500);
    const large: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) large[name] = await countQueries(load);

    expect(large).toEqual(small);
    for (const count of Object.values(small)) expect(count).toBeGreaterThan(0);
  });
});
