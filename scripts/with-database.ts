import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkConnection, DatabaseUnreachableError } from "../lib/db/check-connection";
import { DEFAULT_EMBEDDED_DATA_DIR, EmbeddedPortTakenError, embeddedUrl, servesDataDir, startEmbeddedPostgres } from "../lib/db/embedded-postgres";

// EMBEDDED_DB_DIR=memory keeps the embedded database in memory (used by the end-to-end tests).
const EMBEDDED_DATA_DIR = process.env.EMBEDDED_DB_DIR === "memory" ? "memory" : path.resolve(process.env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DATA_DIR);
const CHOSEN_PORT = process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined;
const DEFAULT_PORT = 54329;
// Where this clone's running embedded server says which port it took, for the commands that run beside it.
const PORT_FILE = `${EMBEDDED_DATA_DIR}.port`;

/**
 * Runs `work` against DATABASE_URL when set, otherwise against this clone's embedded PostgreSQL: the one its
 * `npm start` is running, or one started here and stopped afterwards. An unreachable database, or a port that is
 * taken, ends the process with one clear line.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  // An empty DATABASE_URL counts as unset.
  const configured = process.env.DATABASE_URL || undefined;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    // A second command while `npm start` runs uses its embedded server: one data folder, one PGlite.
    const running = configured ? undefined : await runningEmbeddedUrl();
    embedded = configured || running ? undefined : await startOwnEmbedded();
    const url = configured ?? running ?? embedded!.url;
    if (!configured) process.env.DATABASE_POOL_MAX ??= "1";
    await checkConnection(url);
    return await work(url);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError || error instanceof EmbeddedPortTakenError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  } finally {
    if (embedded) {
      await embedded.stop();
      if (EMBEDDED_DATA_DIR !== "memory") await rm(PORT_FILE, { force: true });
    }
  }
}

async function runningEmbeddedUrl(): Promise<string | undefined> {
  if (EMBEDDED_DATA_DIR === "memory") return undefined;
  const recorded = Number(await readFile(PORT_FILE, "utf8").catch(() => ""));
  for (const port of new Set([recorded, CHOSEN_PORT ?? DEFAULT_PORT])) {
    if (port && (await servesDataDir(port, EMBEDDED_DATA_DIR))) return embeddedUrl(port);
  }
  return undefined;
}

/** On EMBEDDED_DB_PORT when set (a taken one is an error); else on 54329, or a free port when that one is taken. */
async function startOwnEmbedded() {
  const start = (port: number) => startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port });
  const embedded =
    CHOSEN_PORT !== undefined
      ? await start(CHOSEN_PORT)
      : await start(DEFAULT_PORT).catch((error: unknown) => {
          if (error instanceof EmbeddedPortTakenError) return start(0);
          throw error;
        });
  if (EMBEDDED_DATA_DIR !== "memory") await writeFile(PORT_FILE, String(embedded.port));
  return embedded;
}
