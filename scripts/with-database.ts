import path from "node:path";
import { checkConnection, DatabaseUnreachableError } from "../lib/db/check-connection";
import { embeddedUrl, startEmbeddedPostgres } from "../lib/db/embedded-postgres";

// EMBEDDED_DB_DIR=memory keeps the embedded database in memory (used by the end-to-end tests).
const EMBEDDED_DATA_DIR = process.env.EMBEDDED_DB_DIR === "memory" ? "memory" : path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data/pglite");
const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

/**
 * Runs `work` against DATABASE_URL when set, otherwise against the embedded
 * PostgreSQL (started here and stopped afterwards).
 * An unreachable database ends the process with one clear line.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  // An empty DATABASE_URL counts as unset.
  const configured = process.env.DATABASE_URL || undefined;
  // A second command while `npm start` runs uses its embedded server: one data folder, one PGlite.
  const running = configured ? undefined : await runningEmbeddedUrl();
  const embedded = configured || running ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  const url = configured ?? running ?? embedded!.url;
  if (!configured) process.env.DATABASE_POOL_MAX ??= "1";
  try {
    await checkConnection(url);
    return await work(url);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  } finally {
    await embedded?.stop();
  }
}

async function runningEmbeddedUrl(): Promise<string | undefined> {
  const url = embeddedUrl(EMBEDDED_PORT);
  try {
    await checkConnection(url);
    return url;
  } catch {
    return undefined;
  }
}
