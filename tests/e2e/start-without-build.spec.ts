import { readFileSync, readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { compiledEntry } from "../../scripts/entry-points.mjs";
import { startDecision } from "../../scripts/source-fingerprint.mjs";
import { sitePort } from "../support/e2e-env";
import { type StartedServer, startNode, stopServer, waitUntilServing } from "./support/serving";

// `npm start` on the tree the suite has just built (package.json "test" builds first): it must see that nothing
// changed, start without building, and serve from the compiled entry points with plain node, no tsx.
const port = sitePort + 70;
const base = `http://127.0.0.1:${port}`;
let server: StartedServer | undefined;

/** The command line of each process whose parent is `pid`. */
function childCommandLines(pid: number): string[][] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        return parent === pid ? [readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean)] : [];
      } catch {
        return []; // ended meanwhile
      }
    });
}

test.describe("npm start on an unchanged build", () => {
  test.describe.configure({ mode: "default", timeout: 180_000 });
  test.afterAll(() => stopServer(server));

  test("starts without building, and serves from the compiled entry points", async () => {
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.start).toBe("node scripts/npm-start.mjs");
    expect(await startDecision(process.cwd()), "the sources changed since the last build: run `npm run build` first").toEqual({
      build: false,
      reason: "unchanged",
    });

    const { DATABASE_URL: _ignored, ...env } = process.env;
    const started = Date.now();
    server = startNode(["scripts/npm-start.mjs"], {
      ...env,
      DATABASE_URL: "",
      PORT: String(port),
      EMBEDDED_DB_DIR: "memory",
      EMBEDDED_DB_PORT: String(port + 1),
      AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
      SITE_URL: base,
      MAIL_WORKER: "off",
      SEED_DEMO: "false",
    });
    await waitUntilServing(`${base}/`, { timeout: 120_000, server });
    test.info().annotations.push({ type: "serving after", description: `${((Date.now() - started) / 1000).toFixed(1)} s` });

    const output = server.output.join("");
    expect(output).toContain("Broncode ongewijzigd sinds de laatste build: starten zonder te bouwen.");
    expect(output).not.toContain("bouwen…");
    // npm start's own process runs the compiled start script in itself; the one process it starts is the compiled
    // site server, with nothing but node and the heap cap that keeps it under 300 MB (README, "Public pages").
    expect(childCommandLines(server.process.pid!)).toEqual([[process.execPath, "--max-old-space-size=160", compiledEntry("site-server")]]);
    await expect(fetch(`${base}/`).then((response) => response.text())).resolves.toContain("Wmo transformatienetwerk");
  });
});
