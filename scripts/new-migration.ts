// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the database from the
// schema of the last migration (kept in prisma/migrations/schema-snapshot.prisma) to prisma/schema.prisma,
// like `prisma migrate dev --create-only`. Prisma's WebAssembly engine computes the difference between the
// two schema files; it only connects to a scratch database.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { diffSchemas, MIGRATIONS_DIR, readSchemaFiles, SCHEMA_SNAPSHOT } from "../lib/db/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:new-migration -- <naam_in_snake_case>");
  process.exit(1);
}

const [schema] = await readSchemaFiles();
const previous = await readFile(SCHEMA_SNAPSHOT, "utf8").catch(() => null);
const scratch = await startEmbeddedPostgres({ dataDir: "memory" });
const sql = await diffSchemas(scratch.url, previous, schema.content).finally(() => scratch.stop());
if (sql === null) {
  console.log("Geen wijzigingen: er is geen migratie nodig.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(SCHEMA_SNAPSHOT, schema.content);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), '# Do not edit: managed by Prisma Migrate\nprovider = "postgresql"\n');
  console.log(`Migratie geschreven: ${path.relative(process.cwd(), dir)}/migration.sql`);
}
