import pg from "pg";

/** Any fixed number: the key of the lock every starting server process takes on the database. */
const STARTUP_LOCK = 727_274;

/**
 * Runs `work` (migrations, seed, secretary sync) while holding a PostgreSQL advisory lock, so server processes
 * started at the same moment on one database do it one after the other: the first migrates and seeds, the next
 * finds nothing left to do. The lock goes with the connection if the process dies.
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => undefined);
    await client.end();
  }
}
