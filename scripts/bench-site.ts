// The site as `npm start` serves it, without building, for `npm run bench:pages` and `npm run bench:lighthouse`:
// scripts/start.ts in its own process group on a free port, on BENCH_DATABASE_URL (migrated and seeded as
// `npm start` does) or a fresh in-memory embedded database, with the demo meetings and without the mail worker.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { embeddedUrl } from "../lib/db/embedded-postgres";
import { missingProductionSetting } from "../lib/site/production-settings";
import { compiledEntry } from "./entry-points.mjs";

export type BenchSite = {
  /** For example http://127.0.0.1:40123, without a trailing slash. */
  baseUrl: string;
  /** The site's database, for a benchmark's own fixtures. */
  databaseUrl: string;
  /** The site's server process (scripts/site-server.ts), started by scripts/start.ts. */
  serverPid: () => number | undefined;
  stop: () => Promise<void>;
};

const START_TIMEOUT_MS = 180_000;

/** Starts the built site and resolves once it answers `/`; ends the process with one clear line when it cannot. */
export async function startBenchSite(): Promise<BenchSite> {
  if (!existsSync(".next/BUILD_ID")) {
    fail("Geen productie-build gevonden (.next/BUILD_ID ontbreekt). Draai eerst `npm run build`.");
  }
  const databaseEnv: Record<string, string> = {};
  if (process.env.BENCH_DATABASE_URL) {
    const missing = missingProductionSetting(process.env);
    if (missing) fail(`Met BENCH_DATABASE_URL draait de site als een echte installatie. ${missing}`);
    databaseEnv.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  } else {
    databaseEnv.DATABASE_URL = "";
    databaseEnv.EMBEDDED_DB_DIR = "memory";
    databaseEnv.EMBEDDED_DB_PORT = String(await freePort());
  }
  const databaseUrl = process.env.BENCH_DATABASE_URL || embeddedUrl(Number(databaseEnv.EMBEDDED_DB_PORT));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [compiledEntry("start")], {
    env: {
      ...process.env,
      ...databaseEnv,
      PORT: String(port),
      SEED_DEMO: "true",
      MAIL_WORKER: "off",
      DEV_MAILBOX: "false",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Its own process group: stop() ends start.ts, the Next.js server and anything they started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child, "SIGTERM");
    const killed = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(killed);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop().then(() => process.exit(130)));
  }

  console.log(`Site starten op ${baseUrl} (${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "ingebouwde database in het geheugen"})…`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/`);
      await response.arrayBuffer();
      if (response.ok) return { baseUrl, databaseUrl, serverPid: () => childOf(child.pid), stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  process.stderr.write(output);
  return fail(`De site kwam niet op binnen ${START_TIMEOUT_MS / 1000} s (uitvoer hierboven).`);
}

function firstPath(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** GETs `path` and returns its text; a non-2xx answer ends the benchmark. */
async function fetchText(baseUrl: string, path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  if (!response.ok) throw new Error(`${path} gaf ${response.status}`);
  return response.text();
}

/** The path of the first seeded meeting and article, found on /agenda and /nieuws. */
export async function samplePages(baseUrl: string): Promise<{ meeting: string; article: string }> {
  const meeting = firstPath(await fetchText(baseUrl, "/agenda"), /href="(\/agenda\/[^"?#/]+)"/);
  const article = firstPath(await fetchText(baseUrl, "/nieuws"), /href="(\/nieuws\/[^"?#/]+)"/);
  if (!meeting || !article) throw new Error("Geen bijeenkomst op /agenda of geen artikel op /nieuws gevonden.");
  return { meeting, article };
}

function childOf(pid: number | undefined): number | undefined {
  const children = pid ? readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim() : "";
  return children ? Number(children.split(" ")[0]) : undefined;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
