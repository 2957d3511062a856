import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

describe("npm start with a database it cannot reach", () => {
  it("stops with one line naming the URL (password hidden) and what to do", async () => {
    const failure = await promisify(execFile)("npx", ["tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://wmo:geheim@127.0.0.1:9/wmo", PORT: "3399" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    const lines = (failure as { stderr: string }).stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([
      "Database niet bereikbaar op postgresql://wmo:***@127.0.0.1:9/wmo (connect ECONNREFUSED 127.0.0.1:9). " +
        "Start die PostgreSQL-server, corrigeer DATABASE_URL, of laat DATABASE_URL leeg om de ingebouwde database te gebruiken.",
    ]);
  });
});

describe("npm start with an external database and missing production settings", () => {
  const start = (env: Record<string, string | undefined>) =>
    promisify(execFile)("npx", ["tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://wmo@127.0.0.1:9/wmo", PORT: "3399", ...env },
    }).catch((error: { code: number; stderr: string }) => error);
  const errorLines = (failure: unknown) => (failure as { stderr: string }).stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));

  it.each([
    ["no AUTH_SECRET", { AUTH_SECRET: "" }, "AUTH_SECRET"],
    ["a short AUTH_SECRET", { AUTH_SECRET: "kort-geheim" }, "AUTH_SECRET"],
    ["no SITE_URL", { SITE_URL: "" }, "SITE_URL"],
  ])("refuses to start with %s, in one Dutch line naming the variable", async (_case, env, variable) => {
    const failure = await start(env);
    expect("code" in failure && failure.code).toBe(1);
    const lines = errorLines(failure);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${variable} ontbreekt`));
  });
});
