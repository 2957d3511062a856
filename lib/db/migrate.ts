import { diffDatabaseToSchema, openSchemaEngine, readMigrationList, readSchemaFiles } from "./schema-engine";

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

/**
 * Applies every migration in prisma/migrations to the empty database at `emptyUrl`, then returns the SQL that would
 * still be needed to reach `schema` (by default prisma/schema.prisma), or null when the migrations give exactly that
 * schema: what `prisma migrate dev` computes with its shadow database.
 */
export async function changesNotInMigrations(emptyUrl: string, schema?: string): Promise<string | null> {
  const all = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
  const applied = await applyMigrations(emptyUrl);
  if (applied.length !== all.length) {
    throw new Error(`De database was niet leeg: ${all.length - applied.length} van de ${all.length} migraties stonden er al in.`);
  }
  return diffDatabaseToSchema(emptyUrl, schema ?? (await readSchemaFiles())[0].content);
}
