import { BackupRefusal } from "./backup-refusal";
import type { DatabaseDump } from "./backup-manifest";
import { describeDatabase } from "./describe-database";
import { libpqConnection, toolMajor } from "./postgres-tools";
import { runTool } from "./run-tool";
import { withClient } from "./with-client";

/** The whole database (every schema: the site's tables and pg-boss's queue) in pg_dump's custom format. */
export async function dumpPostgresql(url: string, target: string): Promise<Omit<DatabaseDump, "file" | "sha256">> {
  const description = await withClient(url, describeDatabase);
  const pgDumpMajor = await toolMajor("pg_dump");
  if (pgDumpMajor < description.serverMajor) {
    throw new BackupRefusal(
      `De databaseserver draait PostgreSQL ${description.serverMajor}, maar pg_dump hier is versie ${pgDumpMajor}: ` +
        `installeer postgresql-client-${description.serverMajor} (of nieuwer) en probeer het opnieuw.`,
    );
  }
  const { args, env } = libpqConnection(url);
  await runTool("pg_dump", ["--format=custom", "--file", target, ...args], env);
  return { kind: "postgresql", ...description, pgDumpMajor };
}
