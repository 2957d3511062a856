import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { loadReader } from "@/lib/site/serving/load-reader";
import { buildAdmittedPerson } from "../support/builders/person";

// The README's run line uses the embedded database, where every connection shares one session: the header of a
// signed-in person's page must still find them when the reader's pool opens a new connection.
const readerPool = globalThis as unknown as { readerPool?: pg.Pool };

async function dropReaderPool() {
  await readerPool.readerPool?.end();
  delete readerPool.readerPool;
}

describe("the reader of a page on the embedded database", () => {
  let embedded: EmbeddedPostgres;
  let database: Database;
  const databaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: "memory" });
    await applyMigrations(embedded.url);
    database = createPrismaClient(embedded.url);
    await dropReaderPool();
    process.env.DATABASE_URL = embedded.url;
  });
  afterAll(async () => {
    await dropReaderPool();
    process.env.DATABASE_URL = databaseUrl;
    await database.$disconnect();
    await embedded.stop();
  });

  it("is found again after the pool's connection was replaced", async () => {
    const { id } = await buildAdmittedPerson(database, { role: "SECRETARY" });
    expect(await loadReader({ userId: id }, [])).toEqual({ role: "SECRETARY", answers: new Map() });
    // An idle connection is closed after a while; the next request opens a new one.
    await dropReaderPool();
    expect(await loadReader({ userId: id }, [])).toEqual({ role: "SECRETARY", answers: new Map() });
    await dropReaderPool();
    expect(await loadReader({ userId: id }, [])).toEqual({ role: "SECRETARY", answers: new Map() });
  });
});
