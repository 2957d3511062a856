// `npm run build`: `next build`. Every page is rendered on request (the site's server keeps the public ones:
// lib/site/serving), so the build needs no database.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "build", ...process.argv.slice(2)], {
  env: { ...process.env, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
process.exit(await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1))));
