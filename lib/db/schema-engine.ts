import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
/** The schema as of the newest migration: what the next migration is computed from. */
export const SCHEMA_SNAPSHOT = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

/**
 * Prisma's schema engine compiled to WebAssembly: migrations without the native
 * engine the CLI would download. We instantiate the .wasm ourselves so Node 20
 * needs no --experimental-wasm-modules flag.
 */
/**
 * The SQL that takes a database from schema `from` (null: empty) to schema `to`, or null when they match.
 * The engine compares the two schema files; it only wants a database to connect to (`url`, left unchanged).
 */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string | null> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const target = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content }] });
    const { stdout } = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return !stdout || stdout.includes("This is an empty migration") ? null : stdout;
  } finally {
    await close();
  }
}

export async function openSchemaEngine(url: string): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  const bindings = await (loadedBindings ??= loadBindings());
  const adapter = new PrismaPg({ connectionString: url });
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(adapter));
  return { engine, close: async () => engine.free() };
}

// The bindings module holds one WebAssembly instance; instantiating a second would break engines already open.
let loadedBindings: ReturnType<typeof loadBindings> | undefined;

async function loadBindings() {
  // Where the engine reports a panic's message.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => console.error(`Prisma schema engine: ${message}`),
  };
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export async function readMigrationList(): Promise<MigrationList> {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockfilePath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockfilePath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export async function readSchemaFiles() {
  const schemaPath = path.join(PRISMA_DIR, "schema.prisma");
  return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
}
