// `npm run build`: `next build`, then the production entry points compiled to JavaScript
// (scripts/compile-entries.ts). Every page is rendered on request (the site's server keeps the public ones:
// lib/site/serving), so the build needs no database.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { compileEntryPoints } from "./compile-entries";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "build", ...process.argv.slice(2)], {
  env: { ...process.env, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
if (code === 0) await compileEntryPoints();
process.exit(code);
