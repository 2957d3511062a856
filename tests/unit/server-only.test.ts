import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const reachesServer = /from "(\.\.\/)+db\/client"|from "@\/lib\/db\/client"|from "\.\/client"|process\.env\.(AUTH_SECRET|SMTP_URL|DATABASE_URL)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("server-only", () => {
  it("guards every module in lib/ that reaches the database or a secret", () => {
    // A type-only import of the client (`import type { Database }`) is erased when compiled: it reaches nothing.
    const reaches = (source: string) => reachesServer.test(source.replace(/^import type .*$/gm, ""));
    const unguarded = sourceFiles(path.join(root, "lib"))
      .filter((file) => reaches(readFileSync(file, "utf8")) && !readFileSync(file, "utf8").includes('import "server-only";'))
      .map((file) => path.relative(root, file));
    expect(unguarded).toEqual([]);
  });

  it("no page or component outside lib/ talks to the database client itself, except to hand it to lib/", () => {
    const direct = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))].filter((file) =>
      /\bdb\.[a-zA-Z]+\.(find|create|update|delete|upsert|count|groupBy|aggregate)/.test(readFileSync(file, "utf8")),
    );
    expect(direct.map((file) => path.relative(root, file))).toEqual([]);
  });

  it("lib/ takes the database as a parameter; only the entry points of a request or job import the shared client", () => {
    const entryPoint = /(^|-)actions\.ts$|^lib\/auth\/auth\.ts$|^lib\/jobs\/start-server-worker\.ts$|^lib\/site\/serving\/public-pages-changed\.ts$|^lib\/db\//;
    const importsClient = sourceFiles(path.join(root, "lib"))
      .map((file) => path.relative(root, file))
      .filter((file) => !entryPoint.test(file) && !entryPoint.test(path.basename(file)))
      .filter((file) => /import \{[^}]*\bdb\b[^}]*\} from "[^"]*db\/client"/.test(readFileSync(path.join(root, file), "utf8")));
    expect(importsClient).toEqual([]);
  });

  it("really refuses to load outside a server context", () => {
    const { TSX_TSCONFIG_PATH: _mapping, ...env } = process.env;
    expect(() => execFileSync(process.execPath, ["--import", "tsx", "-e", 'await import("./lib/auth/secret.ts")'], { cwd: root, env, stdio: "pipe" })).toThrow(
      /Client Component/,
    );
  });
});
