import { spawn, type ChildProcess } from "node:child_process";
import { type EntryPoint, compiledEntry } from "../../../scripts/entry-points.mjs";

/** A server a spec starts itself, with what it printed, so a failure to come up says why. */
export type StartedServer = { process: ChildProcess; output: string[] };

/**
 * Starts `entry` (scripts/start.ts or scripts/site-server.ts) as `npm start` runs it: compiled, from the build that
 * `npm test` makes first (.next/server-entry/), with plain node; `env` is its whole environment.
 */
export function startServer(entry: EntryPoint, env: NodeJS.ProcessEnv): StartedServer {
  return startNode([compiledEntry(entry)], env);
}

/** Runs node with `args` (a script and its arguments) and `env` as its whole environment, keeping what it prints. */
export function startNode(args: string[], env: NodeJS.ProcessEnv): StartedServer {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { process: child, output };
}

/** Stops a started server and waits until it has exited, so its port is free again. */
export async function stopServer(server: StartedServer | undefined) {
  if (!server || server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  server.process.kill("SIGTERM");
  await exited;
}

/**
 * Waits until a server the spec started itself answers `url` with 200 (it may still be migrating and seeding);
 * fails at once when it exits, and with what it printed.
 */
export async function waitUntilServing(url: string, { timeout, server }: { timeout: number; server: StartedServer }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await fetch(url).catch(() => null))?.status === 200) return;
    const exited = server.process.exitCode !== null || server.process.signalCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(`${url} antwoordt niet${exited ? ": de server is gestopt" : ""}. De server schreef:\n${server.output.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
