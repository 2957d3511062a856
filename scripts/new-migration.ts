// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes a database with every existing
// migration applied to prisma/schema.prisma, like `prisma migrate dev --create-only`. The migrations are applied to
// an empty embedded database in memory (Prisma's shadow database), and Prisma's WebAssembly engine compares that
// database with the schema.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { changesNotInMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "../lib/db/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:new-migration -- <naam_in_snake_case>");
  process.exit(1);
}

const scratch = await startEmbeddedPostgres({ dataDir: "memory" });
const sql = await changesNotInMigrations(scratch.url).finally(() => scratch.stop());
if (sql === null) {
  console.log("Geen wijzigingen: er is geen migratie nodig.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), '# Do not edit: managed by Prisma Migrate\nprovider = "postgresql"\n');
  console.log(`Migratie geschreven: ${path.relative(process.cwd(), dir)}/migration.sql`);
}
