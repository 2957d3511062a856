import pg from "pg";

/** Refuses anything but a database on this machine: resetting drops everything. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Alleen een lokale database mag worden leeggemaakt, niet ${host}.`);
  }
}

/** Empties a local database completely: no tables, no migration history. */
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
