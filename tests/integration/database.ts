import pg from "pg";
import { assertLocal } from "../../lib/db/reset-database";

export { resetDatabase } from "../../lib/db/reset-database";

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
