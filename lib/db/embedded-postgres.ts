import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { keepStatementsTogether } from "./keep-statements-together";

/** Where `npm start` keeps the embedded database unless EMBEDDED_DB_DIR says otherwise. */
export const DEFAULT_EMBEDDED_DATA_DIR = ".data/pglite";

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

/** Raised when the port asked for is taken; the message says what to do, in Dutch. */
export class EmbeddedPortTakenError extends Error {}

// The data folder a server holds, as a setting every connection can read: PGlite accepts any login, so this is how a
// command tells its own clone's server from another clone's on the same machine.
const DATA_DIR_SETTING = "wmo.embedded_data_dir";

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served over the wire protocol on 127.0.0.1 so the application only
 * ever sees a postgresql:// URL. `dataDir` "memory" keeps the data in memory (tests); `port` 0 or none takes a
 * free one.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number }): Promise<EmbeddedPostgres> {
  const inMemory = !options.dataDir || options.dataDir === "memory";
  if (!inMemory) await mkdir(options.dataDir!, { recursive: true });
  // pg_trgm backs the admin area's search indexes (see prisma/schema.prisma), as on a real server.
  const db = await PGlite.create(inMemory ? undefined : options.dataDir, { extensions: { pg_trgm } });
  keepStatementsTogether(db);
  if (!inMemory) await db.query("SELECT set_config($1, $2, false)", [DATA_DIR_SETTING, options.dataDir]);
  const server = new PGLiteSocketServer({ db, port: options.port ?? 0, host: "127.0.0.1", maxConnections: 20 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new EmbeddedPortTakenError(
        `Poort ${options.port} (EMBEDDED_DB_PORT) is al in gebruik, door een ander programma of de ingebouwde database van een andere kopie van de site. ` +
          "Kies een andere poort met EMBEDDED_DB_PORT, of laat EMBEDDED_DB_PORT leeg: dan kiest de site zelf een vrije poort.",
      );
    }
    throw error;
  }
  const port = Number(server.getServerConn().split(":").at(-1));
  return {
    url: embeddedUrl(port),
    port,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export function embeddedUrl(port: number) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** Whether an embedded server answers on `port` and holds the data in `dataDir` (not another clone's). */
export async function servesDataDir(port: number, dataDir: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(port), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ dataDir: string | null }>(`SELECT current_setting($1, true) AS "dataDir"`, [DATA_DIR_SETTING]);
    return rows[0]?.dataDir === dataDir;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
