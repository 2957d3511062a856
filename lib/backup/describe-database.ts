/** Runs one SQL statement and returns its rows: node-postgres and PGlite alike. */
export type RunQuery = (sql: string) => Promise<Record<string, unknown>[]>;

export type DatabaseDescription = { serverVersion: string; serverMajor: number; migrations: string[] };

/** The server's version and the migrations applied to the database, as recorded in a backup's manifest. */
export async function describeDatabase(query: RunQuery): Promise<DatabaseDescription> {
  const [server] = await query("SELECT version() AS version, current_setting('server_version_num')::int / 10000 AS major");
  const [table] = await query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
  const migrations = table?.present
    ? await query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name")
    : [];
  return {
    serverVersion: String(server!.version),
    serverMajor: Number(server!.major),
    migrations: migrations.map((row) => String(row.migration_name)),
  };
}
