import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compiledEntry } from "../../scripts/entry-points.mjs";
import { FINGERPRINT_FILE, recordBuildFingerprint, sourceFingerprint, startDecision } from "../../scripts/source-fingerprint.mjs";

const root = path.resolve(import.meta.dirname, "../..");

// A small project in a temporary folder, "built": what `npm run build` leaves behind, with the fingerprint of its
// sources. The start decision is then tested on it without running a real build.
let project: string;
const write = async (file: string, content: string) => {
  await mkdir(path.dirname(path.join(project, file)), { recursive: true });
  await writeFile(path.join(project, file), content);
};
const decision = () => startDecision(project);

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "source-fingerprint-"));
  await write("package.json", '{ "name": "demo" }');
  await write("package-lock.json", "{}");
  await write("next.config.ts", "export default {};");
  await write("app/page.tsx", "export default function Page() { return null; }");
  await write("components/header.tsx", "export function Header() { return null; }");
  await write("lib/site/config.ts", "export const name = 'demo';");
  await write("lib/db/generated/client.ts", "// generated");
  await write("public/robots.txt", "User-agent: *");
  await write("prisma/schema.prisma", "// schema");
  await write("README.md", "# Demo");
  await write("node_modules/some-package/index.js", "module.exports = 1;");
  await write(".data/pglite/base", "data");
  await write(".next/BUILD_ID", "build-1");
  for (const entry of ["start", "site-server"] as const) await write(compiledEntry(entry), "// compiled");
  await recordBuildFingerprint(project, await sourceFingerprint(project));
});
afterEach(() => rm(project, { recursive: true, force: true }));

describe("npm start's decision to build", () => {
  it("starts without building when nothing changed since the build", async () => {
    expect(await decision()).toEqual({ build: false, reason: "unchanged" });
  });

  it("builds when a source file's content changed, and no longer once it is back as it was", async () => {
    await write("lib/site/config.ts", "export const name = 'changed';");
    expect(await decision()).toEqual({ build: true, reason: "changed" });
    await write("lib/site/config.ts", "export const name = 'demo';");
    expect(await decision()).toEqual({ build: false, reason: "unchanged" });
  });

  it.each([
    ["a new untracked page", "app/nieuw/page.tsx"],
    ["a new public file", "public/logo.svg"],
    ["a new top-level file (say, middleware.ts)", "middleware.ts"],
    ["an .env file", ".env"],
  ])("builds when %s appears", async (_case, file) => {
    await write(file, "new");
    expect(await decision()).toEqual({ build: true, reason: "changed" });
  });

  it.each([
    ["package-lock.json", "package-lock.json"],
    ["the Prisma schema", "prisma/schema.prisma"],
    ["a component", "components/header.tsx"],
    ["next.config.ts", "next.config.ts"],
  ])("builds when %s changes", async (_case, file) => {
    await write(file, "changed");
    expect(await decision()).toEqual({ build: true, reason: "changed" });
  });

  it("builds when a file is deleted or renamed", async () => {
    await rename(path.join(project, "components/header.tsx"), path.join(project, "components/kop.tsx"));
    expect(await decision()).toEqual({ build: true, reason: "changed" });
    await rm(path.join(project, "components/kop.tsx"));
    expect(await decision()).toEqual({ build: true, reason: "changed" });
  });

  it("does not build for a file touched without a change (a checkout, a copy)", async () => {
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(project, "app/page.tsx"), later, later);
    expect(await decision()).toEqual({ build: false, reason: "unchanged" });
  });

  it.each([
    ["installed packages", "node_modules/some-package/index.js"],
    ["the embedded database's data", ".data/pglite/base"],
    ["the generated Prisma client", "lib/db/generated/client.ts"],
    ["the README", "README.md"],
    ["the build itself", ".next/cache/something"],
  ])("does not build for a change in %s", async (_case, file) => {
    await write(file, "changed");
    expect(await decision()).toEqual({ build: false, reason: "unchanged" });
  });

  it("builds when there is no build, or a part of it is missing", async () => {
    await rm(path.join(project, compiledEntry("site-server")));
    expect(await decision()).toEqual({ build: true, reason: "no-build" });
    await rm(path.join(project, ".next"), { recursive: true });
    expect(await decision()).toEqual({ build: true, reason: "no-build" });
  });

  it("builds when the build has no fingerprint (a build that failed halfway, or one made before fingerprints)", async () => {
    await rm(path.join(project, FINGERPRINT_FILE));
    expect(await decision()).toEqual({ build: true, reason: "no-fingerprint" });
  });
});

describe("the source fingerprint of this project", () => {
  it("takes a fraction of a second, so an unchanged start stays fast", async () => {
    await sourceFingerprint(root);
    const started = performance.now();
    await sourceFingerprint(root);
    // 60–70 ms on a busy two-core machine; a second would mean it walks what it should skip (node_modules, .next).
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
