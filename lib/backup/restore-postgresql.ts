import { BackupRefusal } from "./backup-refusal";
import type { DatabaseDump } from "./backup-manifest";
import { describeDatabase } from "./describe-database";
import { libpqConnection, toolMajor } from "./postgres-tools";
import { runTool } from "./run-tool";
import { withClient } from "./with-client";

// Schemas of PostgreSQL itself; everything else (public, pg-boss's) belongs to the site.
const OWN_SCHEMAS = "nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%'";

/** Refuses, before anything changes, a target this machine cannot restore into, or one that holds data. */
export async function checkPostgresqlTarget(url: string, database: DatabaseDump, overwrite: boolean) {
  const restoreMajor = await toolMajor("pg_restore");
  if (database.pgDumpMajor && database.pgDumpMajor > restoreMajor) {
    throw new BackupRefusal(
      `De back-up is gemaakt met pg_dump ${database.pgDumpMajor}, maar pg_restore hier is versie ${restoreMajor}: ` +
        `installeer postgresql-client-${database.pgDumpMajor} (of nieuwer) en probeer het opnieuw.`,
    );
  }
  const { target, inUse } = await withClient(url, async (query) => ({
    target: await describeDatabase(query),
    inUse:
      (await query(`SELECT 1 FROM pg_namespace n WHERE ${OWN_SCHEMAS} AND (nspname <> 'public' OR EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = n.oid))`))
        .length > 0,
  }));
  if (target.serverMajor < database.serverMajor) {
    throw new BackupRefusal(
      `De back-up komt van PostgreSQL ${database.serverMajor}, de database in DATABASE_URL draait PostgreSQL ${target.serverMajor}: ` +
        `zet hem terug op een server met PostgreSQL ${database.serverMajor} of nieuwer.`,
    );
  }
  if (inUse && !overwrite) {
    throw new BackupRefusal(
      "De database in DATABASE_URL is niet leeg: zet de back-up terug in een lege database (bijvoorbeeld een nieuwe, met createdb), " +
        "of vervang alles erin met --overschrijven.",
    );
  }
}

/**
 * Restores a pg_dump archive in one transaction: a failure leaves the database as it was (with `overwrite`: empty,
 * as it is emptied first). Owners and privileges are left out, so a backup restores on another server with other
 * roles; the restoring role owns everything.
 */
export async function restorePostgresql(url: string, dumpFile: string, overwrite: boolean) {
  if (overwrite) await emptyDatabase(url);
  const { args, env } = libpqConnection(url);
  try {
    await runTool("pg_restore", ["--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", ...args, dumpFile], env);
  } catch (error) {
    if (overwrite && error instanceof BackupRefusal) throw new BackupRefusal(`${error.message} (De database is nu leeg; de back-up zelf is onveranderd.)`);
    throw error;
  }
}

/** Drops every schema of the site and gives back an empty public schema as PostgreSQL 15 creates it. */
async function emptyDatabase(url: string) {
  await withClient(url, async (query) => {
    const [publicSchema] = await query("SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'public'");
    const schemas = await query(`SELECT quote_ident(nspname) AS name FROM pg_namespace WHERE ${OWN_SCHEMAS}`);
    const owner = publicSchema ? String(publicSchema.owner) : "CURRENT_USER";
    await query(
      [
        "BEGIN",
        ...schemas.map((schema) => `DROP SCHEMA ${schema.name} CASCADE`),
        `CREATE SCHEMA public AUTHORIZATION ${owner}`,
        "GRANT USAGE ON SCHEMA public TO PUBLIC",
        "COMMIT",
      ].join(";\n"),
    );
  });
}
