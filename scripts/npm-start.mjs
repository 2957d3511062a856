// `npm start`, in plain Node (nothing here needs compiling, so it runs at once, before any build exists):
// 1. builds only when the sources changed since the last build (scripts/source-fingerprint.mjs), saying so in one
//    line; before a build it first refuses unfit settings (scripts/check-start-settings.ts), not after a minute of
//    building;
// 2. runs the compiled scripts/start.ts from the build (.next/server-entry/start.mjs) in this process, which checks
//    the settings first thing, then migrates, seeds and starts the compiled site server.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledEntry } from "./entry-points.mjs";
import { startDecision } from "./source-fingerprint.mjs";

const root = process.cwd();

/** Runs `command`, passing on Ctrl-C and a stop; resolves with its exit code. */
function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: "inherit", env });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? 1);
    }),
  );
}

const decision = await startDecision(root);
if (decision.build) {
  const settingsCheck = await run(process.execPath, ["--import", "tsx", "scripts/check-start-settings.ts"], {
    ...process.env,
    TSX_TSCONFIG_PATH: "scripts/tsconfig.json",
  });
  if (settingsCheck !== 0) process.exit(settingsCheck);
  const why = {
    "no-build": "Nog geen build gevonden",
    "no-fingerprint": "Onbekend van welke broncode de build is",
    changed: "Broncode gewijzigd sinds de laatste build",
  }[decision.reason];
  console.log(`${why}: bouwen…`);
  // npm_execpath: the npm that runs `npm start`, also when another one comes first on PATH.
  const npm = process.env.npm_execpath;
  const built = await (npm ? run(process.execPath, [npm, "run", "build"]) : run("npm", ["run", "build"]));
  if (built !== 0) process.exit(built);
} else {
  console.log("Broncode ongewijzigd sinds de laatste build: starten zonder te bouwen.");
}
await import(pathToFileURL(path.join(root, compiledEntry("start"))).href);
