import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { diffSchemas, readMigrationList, readSchemaFiles, SCHEMA_SNAPSHOT } from "@/lib/db/schema-engine";
import { resetDatabase } from "./database";

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
  it("agree: every change to prisma/schema.prisma has a migration", async () => {
    const [schema] = await readSchemaFiles();
    const snapshot = await readFile(SCHEMA_SNAPSHOT, "utf8");
    expect(await diffSchemas(inject("databaseUrl"), snapshot, schema.content)).toBeNull();
  });
});
