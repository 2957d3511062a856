import pg from "pg";

/** Refuses anything but a database on this machine: these helpers drop everything. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Tests draaien alleen tegen een lokale database, niet tegen ${host}.`);
  }
}

/** Empties the database completely: no tables, no migration history. */
export async function resetDatabase(url: string) {
  assertLocal(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

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
export async function freshDatabase(url: string) {
  const { applyMigrations } = await import("../../lib/db/migrate");
  await applyMigrations(url);
  await truncateAll(url);
}
