import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

// Two clones of the site on one machine: each command must reach its own clone's embedded database only.
const migrate = (dataDir: string, env: Record<string, string> = {}) =>
  promisify(execFile)("npx", ["tsx", "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: "", EMBEDDED_DB_DIR: dataDir, EMBEDDED_DB_PORT: "", TSX_TSCONFIG_PATH: "scripts/tsconfig.json", ...env },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'`);
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

describe("the embedded database of two clones on one machine", () => {
  let folder: string;
  let otherClone: EmbeddedPostgres;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "wmo-clones-"));
    // The other clone's `npm start` is running: its embedded server listens and accepts any login.
    otherClone = await startEmbeddedPostgres({ dataDir: path.join(folder, "other", "pglite") });
  });
  afterAll(async () => {
    await otherClone.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it("a command of this clone never works on the other clone's server, even on the port it asked for", async () => {
    const failure = await migrate(path.join(folder, "this", "pglite"), { EMBEDDED_DB_PORT: String(otherClone.port) });
    expect("code" in failure && failure.code).toBe(1);
    const lines = (failure as { stderr: string }).stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Poort ${otherClone.port} \\(EMBEDDED_DB_PORT\\) is al in gebruik`))]);
    expect(await tablesIn(otherClone.url)).toBe(0);
  });

  it("without a port asked for, this clone's command takes a free one and migrates its own data", async () => {
    const dataDir = path.join(folder, "this", "pglite");
    const result = await migrate(dataDir);
    expect(result).toMatchObject({ stdout: expect.stringContaining("Migraties toegepast") });
    expect(await tablesIn(otherClone.url)).toBe(0);
  });

  it("a command beside this clone's running server uses that server, found through the port it recorded", async () => {
    const dataDir = path.join(folder, "third", "pglite");
    const running = await startEmbeddedPostgres({ dataDir });
    try {
      await writeFile(`${dataDir}.port`, String(running.port));
      expect(await migrate(dataDir)).toMatchObject({ stdout: expect.stringContaining("Migraties toegepast") });
      expect(await tablesIn(running.url)).toBeGreaterThan(10);
      expect(await tablesIn(otherClone.url)).toBe(0);
      expect(await readFile(`${dataDir}.port`, "utf8")).toBe(String(running.port));
    } finally {
      await running.stop();
    }
  });

  it("a second site on a port that is taken stops with a Dutch line naming PORT", async () => {
    const failure = await promisify(execFile)("npx", ["tsx", "scripts/site-server.ts"], {
      env: {
        ...process.env,
        PORT: String(otherClone.port),
        LISTEN_ADDRESS: "127.0.0.1",
        DATABASE_URL: otherClone.url,
        MAIL_WORKER: "off",
        TSX_TSCONFIG_PATH: "scripts/tsconfig.json",
      },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain(
      `Poort ${otherClone.port} is al in gebruik, misschien door een andere kopie van de site. Kies een andere poort met PORT`,
    );
  });
});
