// `npm start`: migrate and seed the database (the embedded one unless DATABASE_URL
// is set), then serve the built site and say where it is.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { syncSecretaries } from "../lib/auth/admin-emails";
import { localAuthSecret } from "../lib/auth/local-secret";
import { missingProductionSetting } from "../lib/site/production-settings";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { seedDatabase } from "../lib/seed/seed-database";
import { withDatabase } from "./with-database";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

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

const embedded = !process.env.DATABASE_URL;
if (!embedded) {
  const missing = missingProductionSetting(process.env);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
process.env.AUTH_SECRET ||= await localAuthSecret();
// The development mailbox shows sign-in links, so only a local trial run (embedded database, no SMTP) has it.
if (embedded && !process.env.SMTP_URL) process.env.DEV_MAILBOX ??= "true";

await withDatabase(async (databaseUrl) => {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
  const db = createPrismaClient(databaseUrl);
  // Demo meetings only where someone tries the site (embedded database), unless SEED_DEMO says otherwise.
  await seedDatabase(db, { demo: process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded });
  await syncSecretaries(db);
  // Mail, maintenance and reminders run in the site's own process (instrumentation.ts → lib/jobs).
  await db.$disconnect();

  // The mailbox shows sign-in links: then the site listens on this machine only.
  const hostname = process.env.DEV_MAILBOX === "true" ? ["--hostname", "127.0.0.1"] : [];
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(port), ...hostname], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));

  const address = `http://localhost:${port}`;
  if (await waitUntilServing(`http://127.0.0.1:${port}`, child)) {
    console.log(`\nDe site draait op ${address}`);
    if (process.env.DEV_MAILBOX === "true") console.log(`Uitgaande e-mail (geen SMTP_URL ingesteld): ${address}/dev/mailbox`);
    console.log("");
  }
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  process.exitCode = code;
});
