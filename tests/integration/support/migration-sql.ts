import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/schema-engine";

/** The SQL of the migration whose folder ends with `_${name}`, to run on tables as they were before it. */
export async function migrationSql(name: string): Promise<string> {
  const folder = (await readdir(MIGRATIONS_DIR)).find((entry) => entry.endsWith(`_${name}`));
  if (!folder) throw new Error(`Geen migratie ${name}`);
  return readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8");
}
