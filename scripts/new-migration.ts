// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the
// database from the existing migrations to prisma/schema.prisma (like `prisma migrate dev --create-only`).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, openSchemaEngine, readMigrationList, readSchemaFiles } from "../lib/db/schema-engine";
import { withDatabase } from "./with-database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:new-migration -- <naam_in_snake_case>");
  process.exit(1);
}

await withDatabase(async (url) => {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const migrations = await readMigrationList();
    const from = migrations.migrationDirectories.length > 0 ? { tag: "migrations" as const, ...migrations } : { tag: "empty" as const };
    const { stdout } = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: await readSchemaFiles() },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    if (!stdout || stdout.includes("This is an empty migration")) {
      console.log("Geen wijzigingen: er is geen migratie nodig.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), stdout);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), '# Do not edit: managed by Prisma Migrate\nprovider = "postgresql"\n');
    console.log(`Migratie geschreven: ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await close();
  }
});
