import { spawn } from "node:child_process";
import { BackupRefusal } from "./backup-refusal";

const INSTALL_HINTS: Record<string, string> = {
  pg_dump: "installeer de PostgreSQL-client (Debian: apt-get install postgresql-client)",
  pg_restore: "installeer de PostgreSQL-client (Debian: apt-get install postgresql-client)",
  tar: "installeer tar",
};

/** A tool that ran and failed; the message names the tool and its complaint. */
export class ToolFailure extends BackupRefusal {}

/**
 * Runs a command-line tool and returns its output. A missing tool is a BackupRefusal saying what to install; a
 * failure a ToolFailure with the tool's own complaint.
 */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") reject(new BackupRefusal(`${command} niet gevonden: ${INSTALL_HINTS[command] ?? `installeer ${command}`}.`));
      else reject(error);
    });
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(stdout).toString("utf8"));
      const lines = Buffer.concat(stderr)
        .toString("utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      // pg_restore first says where it was ("while PROCESSING TOC"), then what went wrong.
      const complaint = lines.find((line) => /\berror:/.test(line)) ?? lines[0] ?? `afgesloten met code ${code}`;
      reject(new ToolFailure(`${command} mislukt: ${complaint}`));
    });
  });
}
