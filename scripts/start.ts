// `npm start`: migrate and seed the database (the embedded one unless DATABASE_URL
// is set), then serve the built site and say where it is. `npm start` runs it compiled, from the build
// (.next/server-entry/start.mjs, scripts/compile-entries.ts); `npm run dev` through tsx.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { syncSecretaries } from "../lib/auth/admin-emails";
import { localAuthSecret } from "../lib/auth/local-secret";
import { siteUrl } from "../lib/site/config";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { withStartupLock } from "../lib/db/startup-lock";
import { seedDatabase } from "../lib/seed/seed-database";
import { refuseUnfitStartSettings } from "./check-start-settings";
import { entryArguments } from "./entry-points.mjs";
import { withDatabase } from "./with-database";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// V8 grows its heap lazily up to a limit sized for the machine's memory; a cap keeps the site's process small
// (README: "Memory of the site's process"). The largest job, a 5,000-person import, fits well within it.
const siteServerHeapMegabytes = Number(process.env.SITE_SERVER_MAX_HEAP_MB || 160);

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>) {
  while (child.exitCode === null) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

refuseUnfitStartSettings();
const embedded = !process.env.DATABASE_URL;
const mailbox = process.env.DEV_MAILBOX === "true";
process.env.AUTH_SECRET ||= await localAuthSecret();

await withDatabase(async (databaseUrl) => {
  // One process at a time prepares the database; the embedded one has only this process.
  const prepare = async () => {
    const applied = await applyMigrations(databaseUrl);
    if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
    const db = createPrismaClient(databaseUrl);
    // Demo meetings only where someone tries the site (embedded database), unless SEED_DEMO says otherwise.
    await seedDatabase(db, { demo: process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded });
    await syncSecretaries(db);
    await db.$disconnect();
  };
  await (embedded ? prepare() : withStartupLock(databaseUrl, prepare));
  // Mail, maintenance and reminders run in the site's own process (instrumentation.ts → lib/jobs).

  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // Our own server in front of Next.js (scripts/site-server.ts); with the mailbox it also checks each request's peer
  // address. `npm run dev` without the mailbox runs `next dev` itself, for its hot reload (its pages need no hashes:
  // next.config.ts allows inline scripts in development). Compiled (`npm start`), this runs the compiled server;
  // through tsx (`npm run dev`), its TypeScript (scripts/entry-points.mjs).
  const child =
    dev && !mailbox
      ? spawn(process.execPath, [nextBin, "dev", "--port", String(port)], { env, stdio: ["ignore", "inherit", "inherit"] })
      : spawn(process.execPath, [`--max-old-space-size=${siteServerHeapMegabytes}`, ...entryArguments("site-server"), ...(dev ? ["--dev"] : [])], {
          env: mailbox ? { ...env, LOOPBACK_PEER_STAMP: randomBytes(32).toString("hex") } : env,
          stdio: ["ignore", "inherit", "inherit"],
        });
  // Listened for from the start: a server that stops before it serves must end this process too, not leave it waiting.
  const exited = new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1))));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));

  const address = siteUrl();
  if (await waitUntilServing(`http://127.0.0.1:${port}`, child)) {
    console.log(`\nDe site draait op ${address}`);
    if (mailbox) console.log(`Uitgaande e-mail (geen SMTP_URL ingesteld): ${address}/dev/mailbox`);
    console.log("");
  }
  process.exitCode = await exited;
});
