import { openSchemaEngine, readMigrationList } from "./schema-engine";

/** Applies pending migrations from prisma/migrations, exactly as `prisma migrate deploy` would. */
export async function applyMigrations(url: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}
