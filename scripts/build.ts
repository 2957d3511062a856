// `npm run build`: `next build`, then the production entry points compiled to JavaScript
// (scripts/compile-entries.ts), and the fingerprint of the sources the build was made from written beside it, so
// `npm start` builds again only when they change (scripts/source-fingerprint.mjs). Every page is rendered on
// request (the site's server keeps the public ones: lib/site/serving), so the build needs no database.
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { compileEntryPoints } from "./compile-entries";
import { FINGERPRINT_FILE, recordBuildFingerprint, sourceFingerprint } from "./source-fingerprint.mjs";

// Taken before building: a file changed while the build runs makes the next `npm start` build again. Until this
// build has succeeded, no fingerprint vouches for what is in .next/.
const sourcesBefore = await sourceFingerprint(process.cwd());
await rm(FINGERPRINT_FILE, { force: true });
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "build", ...process.argv.slice(2)], {
  env: { ...process.env, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
if (code === 0) {
  await compileEntryPoints();
  // Only when nothing changed meanwhile (Next.js itself may touch tsconfig.json): otherwise the next start builds.
  if ((await sourceFingerprint(process.cwd())) === sourcesBefore) await recordBuildFingerprint(process.cwd(), sourcesBefore);
  else console.log("Broncode veranderd tijdens het bouwen: de volgende npm start bouwt opnieuw.");
}
process.exit(code);
