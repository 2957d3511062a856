import { runTool } from "./run-tool";

/**
 * How pg_dump and pg_restore reach the database: the URL without its password (command lines are visible to
 * every user of the machine), the password in PGPASSWORD, and never a password prompt (-w), for cron.
 */
export function libpqConnection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { args: ["-w", "--dbname", parsed.toString()], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** The major version of pg_dump or pg_restore on this machine, e.g. 15 for "pg_dump (PostgreSQL) 15.20". */
export async function toolMajor(tool: "pg_dump" | "pg_restore"): Promise<number> {
  const version = await runTool(tool, ["--version"]);
  return Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1] ?? NaN);
}
