import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../db/client";

/** Healthy: the database answers and every migration in prisma/migrations has been applied to it. */
export async function checkHealth(db: Database): Promise<{ healthy: boolean; reason?: string }> {
  try {
    const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
    const expected = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    const missing = expected.filter((name) => !done.has(name));
    return missing.length ? { healthy: false, reason: "migraties ontbreken" } : { healthy: true };
  } catch {
    return { healthy: false, reason: "database onbereikbaar" };
  }
}
