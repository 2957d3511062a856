// `npm run build`: `next build` with an empty database of its own. Next.js prerenders the public pages at build
// time and they read the database; what it renders there is never served (lib/site/page-cache-handler.mjs keeps
// no build output), so an empty in-memory database that has the schema is all it needs.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { applyMigrations } from "../lib/db/migrate";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

const embedded = await startEmbeddedPostgres({ dataDir: "memory" });
let code = 1;
try {
  await applyMigrations(embedded.url);
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "build", ...process.argv.slice(2)], {
    env: { ...process.env, DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
} finally {
  await embedded.stop();
}
process.exit(code);
