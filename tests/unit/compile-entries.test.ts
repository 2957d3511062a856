import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileEntryPoints } from "../../scripts/compile-entries";

const root = path.resolve(import.meta.dirname, "../..");
let outdir: string;
const compiled = (entry: string) => readFile(path.join(outdir, `${entry}.mjs`), "utf8");
/** The modules a compiled file still imports: only packages and Node's own. */
const imports = (code: string) => [...code.matchAll(/^import .*? from "([^"]+)";$|^import "([^"]+)";$/gm)].map((match) => match[1] ?? match[2]);

beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), "compile-entries-"));
  await compileEntryPoints(root, outdir);
});
afterAll(() => rm(outdir, { recursive: true, force: true }));

describe("the compiled entry points (npm run build)", () => {
  it.each(["start", "site-server"])("%s is one ES module with the project's code in it and packages left to Node", async (entry) => {
    const code = await compiled(entry);
    const imported = imports(code);
    expect(imported.length).toBeGreaterThan(0);
    // No project file (relative, `@/…`, TypeScript) and no "server-only" (whose package would throw outside Next.js).
    expect(imported.filter((specifier) => /^(\.|\/|@\/)|\.tsx?$/.test(specifier) || specifier === "server-only" || specifier === "tsx")).toEqual([]);
    expect(code).not.toMatch(/\bfrom "server-only"|^import "server-only"/m);
  });

  it("start runs the compiled site server, not its TypeScript through tsx", async () => {
    const code = await compiled("start");
    expect(code).toMatch(/runsCompiled = true;/);
    expect(imports(code)).toEqual(expect.arrayContaining(["@electric-sql/pglite", "pg"]));
  });

  it("modules that find files beside them still find them in the source tree, relative to the compiled file", async () => {
    const code = await compiled("start");
    const seedLocation = /new URL\("([^"]+lib\/seed\/seed-database\.ts)", import\.meta\.url\)/.exec(code)?.[1];
    expect(seedLocation).toBeDefined();
    expect(path.resolve(outdir, seedLocation!)).toBe(path.join(root, "lib/seed/seed-database.ts"));
  });
});
