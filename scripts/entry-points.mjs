// The production processes run compiled JavaScript: `npm run build` bundles scripts/start.ts and
// scripts/site-server.ts (scripts/compile-entries.ts) into one file each in .next/server-entry/, and everything that
// starts them in production mode (npm start, the tests, the benchmarks) names them through this module, so the path
// is written once. Plain JavaScript (types in entry-points.d.mts): `npm start` reads it before anything is built.
import path from "node:path";

/** The processes `npm start` runs: scripts/start.ts, which starts scripts/site-server.ts. */
export const ENTRY_POINTS = ["start", "site-server"];

/** Where the compiled entry points live, relative to the project root: inside the build, replaced with it. */
export const COMPILED_ENTRY_DIR = ".next/server-entry";

/** The compiled file of `entry`, relative to the project root (the working directory of every command). */
export function compiledEntry(entry) {
  return path.posix.join(COMPILED_ENTRY_DIR, `${entry}.mjs`);
}

/**
 * Whether this process runs the compiled entry points (production), not the TypeScript through tsx (development):
 * esbuild replaces COMPILED_ENTRY by `true` when it compiles them; under tsx it is not defined.
 */
export const runsCompiled = typeof COMPILED_ENTRY !== "undefined" && COMPILED_ENTRY === true;

/**
 * The Node arguments that run `entry` the way this process runs: the compiled file when compiled, the TypeScript
 * source through tsx otherwise (`npm run dev`, which never builds).
 */
export function entryArguments(entry, compiled = runsCompiled) {
  return compiled ? [compiledEntry(entry)] : ["--import", "tsx", `scripts/${entry}.ts`];
}
