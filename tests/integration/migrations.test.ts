import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, changesNotInMigrations } from "@/lib/db/migrate";
import { diffDatabaseToSchema, readMigrationList, readSchemaFiles } from "@/lib/db/schema-engine";
import { resetDatabase } from "@/lib/db/reset-database";

describe("migrations", () => {
  it("apply to an empty database, record their history, and are a no-op the second time", async () => {
    const url = inject("databaseUrl");
    await resetDatabase(url);
    const expected = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
    expect(expected.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(expected);
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const history = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name");
      expect(history.rows.map((row) => row.migration_name)).toEqual(expected);
      const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows.map((row) => row.tablename)).toEqual(expect.arrayContaining(["Meeting", "Article", "Municipality", "User", "Position"]));
    } finally {
      await client.end();
    }
  });
});

describe("schema and migrations", () => {
  it("agree: the migrations, applied to an empty database, give exactly prisma/schema.prisma", async () => {
    const url = inject("databaseUrl");
    await resetDatabase(url);
    // On failure this shows the SQL a new migration needs: write it with `npm run db:new-migration -- <name>`.
    expect(await changesNotInMigrations(url)).toBeNull();

    // The comparison sees a field that no migration adds.
    const [schema] = await readSchemaFiles();
    const withField = schema.content.replace(/^model Municipality \{$/m, "$&\n  driftProbe String?");
    expect(withField).not.toBe(schema.content);
    expect(await diffDatabaseToSchema(url, withField)).toMatch(/ALTER TABLE "Municipality" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});
