import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepStatementsTogether } from "./keep-statements-together";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served over the wire protocol so
 * the application only ever sees a postgresql:// URL. `dataDir` "memory" keeps
 * the data in memory (tests).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number }): Promise<EmbeddedPostgres> {
  const inMemory = !options.dataDir || options.dataDir === "memory";
  if (!inMemory) await mkdir(options.dataDir!, { recursive: true });
  // pg_trgm backs the admin area's search indexes (see prisma/schema.prisma), as on a real server.
  const db = await PGlite.create(inMemory ? undefined : options.dataDir, { extensions: { pg_trgm } });
  keepStatementsTogether(db);
  const server = new PGLiteSocketServer({ db, port: options.port, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  return {
    url: embeddedUrl(options.port),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export function embeddedUrl(port: number) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}
