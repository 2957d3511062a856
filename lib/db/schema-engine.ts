import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const require = createRequire(import.meta.url);
const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

/**
 * The SQL that takes the database at `url` as it is now to the Prisma schema `schema` (the content of a
 * schema.prisma), or null when they match. The engine reads the database's tables, enums, indexes and extensions
 * (like `prisma migrate diff --from-config-datasource`); it changes nothing.
 */
export async function diffDatabaseToSchema(url: string, schema: string): Promise<string | null> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const files = [{ path: "schema.prisma", content: schema }];
    const { stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: PRISMA_DIR },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return !stdout || stdout.includes("This is an empty migration") ? null : stdout;
  } finally {
    await close();
  }
}

/**
 * Prisma's schema engine compiled to WebAssembly: migrations without the native
 * engine the CLI would download. We instantiate the .wasm ourselves so Node 20
 * needs no --experimental-wasm-modules flag.
 */
export async function openSchemaEngine(url: string): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  const bindings = await (loadedBindings ??= loadBindings());
  const pool = new pg.Pool({ connectionString: url });
  const factory = wholeScripts(pool, readCharColumns(pool, new PrismaPg(pool)));
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory)).catch(
    async (error: unknown) => {
      await pool.end();
      throw error;
    },
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end();
    },
  };
}

/**
 * To read a live database (a diff from it, introspection), the engine queries PostgreSQL's catalog, whose flags have
 * the one-byte type "char" (`pg_constraint.contype` and the like) and which it reads as characters. @prisma/adapter-pg
 * 7.10 refuses that type ("Column type 'char' could not be deserialized from the database"), although node-postgres
 * hands each value over as a one-character string. So the pool's connections report such a column as text, which
 * the adapter accepts, and the adapter's result then says "character" for it, as the native engine's driver would.
 */
function readCharColumns(pool: pg.Pool, factory: PrismaPg): PrismaPg {
  const CHAR = 18;
  // A result's "char" columns, by its rows: the adapter passes node-postgres's array of rows on unchanged.
  const charColumns = new WeakMap<unknown[], number[]>();
  const note = (result: unknown) => {
    for (const one of Array.isArray(result) ? result : [result]) {
      const { fields, rows } = (one ?? {}) as Partial<pg.QueryResult>;
      const columns = (fields ?? []).flatMap((field, index) => (field.dataTypeID === CHAR ? [index] : []));
      if (!columns.length || !rows) continue;
      for (const index of columns) fields![index].dataTypeID = pg.types.builtins.TEXT;
      charColumns.set(rows, columns);
    }
    return result;
  };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : note(result));
        return query(...args);
      }
      const answer = query(...args);
      return answer instanceof Promise ? answer.then(note) : answer;
    }) as typeof client.query;
  });
  const characters = <T extends SqlQueryable>(queryable: T): T => {
    const queryRaw = queryable.queryRaw.bind(queryable);
    queryable.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    return queryable;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = characters(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => characters(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}

/**
 * @prisma/adapter-pg 7.10 runs a migration by splitting it at every ";", which breaks a function's body (the
 * search triggers). The native engine sends the whole script at once; so does this, as one simple query, which
 * PostgreSQL runs as one transaction.
 */
function wholeScripts(pool: pg.Pool, factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
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
