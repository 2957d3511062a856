// What decides whether `npm start` builds: a hash of every source file the build reads, written next to the build
// when it succeeded (.next/source-fingerprint) and compared at the next start. Only the files' paths and contents
// count, not their times or git's view of them, so a fresh clone, a `git checkout` back and forth or a new untracked
// file all give the right answer. Plain JavaScript (types in source-fingerprint.d.mts) on the file system alone:
// `npm start` runs it before anything is built, in a fraction of a second.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ENTRY_POINTS, compiledEntry } from "./entry-points.mjs";

/** The folders whose every file the build can read: pages, components, server code, mails, schema, assets, scripts. */
export const SOURCE_FOLDERS = ["app", "components", "emails", "lib", "prisma", "public", "scripts"];

/** Never walked: installed packages, build output, local data, test output and code generated from prisma/schema.prisma. */
const SKIPPED = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report", "lib/db/generated"]);

/**
 * Files at the top of the project that do not change what the build makes: the tests' and linters' settings, the
 * documentation, and what Next.js writes there itself (next-env.d.ts). Every other top-level file counts
 * (next.config.ts, proxy.ts, instrumentation.ts, package.json, package-lock.json, tsconfig.json, postcss.config.mjs,
 * prisma.config.ts, .env files), and so does any new one: a file added later is never silently left out.
 */
const TOP_LEVEL_IGNORED = new Set([
  "README.md",
  "eslint.config.mjs",
  "playwright.config.ts",
  "vitest.config.ts",
  "next-env.d.ts",
  ".gitignore",
  ".prettierignore",
  ".prettierrc.json",
  // A linked worktree's pointer to its repository.
  ".git",
]);
const TOP_LEVEL_IGNORED_ENDINGS = [".tsbuildinfo", ".log"];

/** Where the fingerprint of the sources of the current build is kept: inside .next/, so a new build replaces it. */
export const FINGERPRINT_FILE = ".next/source-fingerprint";
/** Changes when what counts as a source changes, so a build fingerprinted by older rules is built again. */
const FINGERPRINT_VERSION = "1";

async function filesUnder(root, folder) {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch((error) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = `${folder}/${entry.name}`;
      if (SKIPPED.has(entry.name) || SKIPPED.has(relative)) return [];
      if (entry.isDirectory()) return filesUnder(root, relative);
      return entry.isFile() ? [relative] : [];
    }),
  );
  return nested.flat();
}

async function topLevelFiles(root) {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => !TOP_LEVEL_IGNORED.has(name) && !TOP_LEVEL_IGNORED_ENDINGS.some((ending) => name.endsWith(ending)));
}

/** The project-relative paths (with `/`) of every file the fingerprint covers, sorted. */
export async function sourceFiles(root) {
  const lists = await Promise.all([topLevelFiles(root), ...SOURCE_FOLDERS.map((folder) => filesUnder(root, folder))]);
  return lists.flat().sort();
}

/** A hash of the paths and contents of the build sources of the project at `root`. */
export async function sourceFingerprint(root) {
  const files = await sourceFiles(root);
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file))));
  const hash = createHash("sha256").update(`source-fingerprint ${FINGERPRINT_VERSION}\n`);
  files.forEach((file, index) => {
    hash.update(`${file}\0${contents[index].length}\0`);
    hash.update(contents[index]);
  });
  return hash.digest("hex");
}

/** Records `fingerprint` as the one of the sources the build at `root` was made from. */
export async function recordBuildFingerprint(root, fingerprint) {
  await writeFile(path.join(root, FINGERPRINT_FILE), `${fingerprint}\n`);
}

/**
 * Whether `npm start` must build the project at `root` first: when there is no complete build (Next.js's and the
 * compiled entry points), no fingerprint for it, or its sources differ from the ones it was built from.
 */
export async function startDecision(root) {
  const built = [".next/BUILD_ID", ...ENTRY_POINTS.map(compiledEntry)].every((file) => existsSync(path.join(root, file)));
  if (!built) return { build: true, reason: "no-build" };
  const recorded = (await readFile(path.join(root, FINGERPRINT_FILE), "utf8").catch(() => "")).trim();
  if (!recorded) return { build: true, reason: "no-fingerprint" };
  return recorded === (await sourceFingerprint(root)) ? { build: false, reason: "unchanged" } : { build: true, reason: "changed" };
}
