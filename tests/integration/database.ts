import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { createPrismaClient, db } from "@/lib/db/client";
import { assertLocal } from "../../lib/db/reset-database";

/** Deletes all rows (keeping the schema and migration history). */
export async function truncateAll(url: string) {
  assertLocal(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Brings the test database to the current schema with no rows in it. */
async function freshDatabase(url: string) {
  const { applyMigrations } = await import("../../lib/db/migrate");
  await applyMigrations(url);
  await truncateAll(url);
}

/**
 * The hooks every test file on the shared test database needs: the database at the current schema and empty before
 * the file's tests (and again before each test with `emptyBeforeEachTest`), the shared client disconnected after them.
 * Call it first in the describe block, so that hooks registered after it run on the emptied database and before the
 * disconnect.
 */
export function withFreshDatabase({ emptyBeforeEachTest = false } = {}) {
  const url = inject("databaseUrl");
  beforeAll(() => freshDatabase(url));
  if (emptyBeforeEachTest) beforeEach(() => truncateAll(url));
  afterAll(() => db.$disconnect());
}

/**
 * A second client on the test database with a connection pool of its own, so that actions run on it and on the shared
 * client really run in parallel transactions; disconnected after the file's tests.
 */
export function withSecondClient() {
  const client = createPrismaClient(inject("databaseUrl"));
  afterAll(() => client.$disconnect());
  return client;
}
