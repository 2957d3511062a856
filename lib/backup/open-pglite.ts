import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { RunQuery } from "./describe-database";

/** PGlite in this process, with the extension the site's search indexes need (as lib/db/embedded-postgres.ts). */
export function openPglite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}) {
  return PGlite.create(dataDir, { ...options, extensions: { pg_trgm } });
}

export const pgliteQuery =
  (db: PGlite): RunQuery =>
  async (sql) =>
    (await db.query<Record<string, unknown>>(sql)).rows;
