import { mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "./backup-refusal";
import type { DatabaseDump } from "./backup-manifest";
import { describeDatabase } from "./describe-database";
import { refuseWhileInUse } from "./embedded-data-dir";
import { openPglite, pgliteQuery } from "./open-pglite";

/** Refuses, before anything changes, a data folder in use or holding data, or a backup this PGlite cannot open. */
export async function checkEmbeddedTarget(dataDir: string, database: DatabaseDump, overwrite: boolean) {
  await refuseWhileInUse(dataDir);
  const entries = await readdir(dataDir).catch((): string[] => []);
  if (entries.length && !overwrite) {
    throw new BackupRefusal(`De ingebouwde database in ${dataDir} is niet leeg: kies een lege map met EMBEDDED_DB_DIR, of vervang hem met --overschrijven.`);
  }
  // Only ever delete a folder that is a database: a mistyped EMBEDDED_DB_DIR must not cost anything else.
  if (entries.length && !entries.includes("PG_VERSION")) {
    throw new BackupRefusal(`${dataDir} is geen map van de ingebouwde database en wordt niet overschreven: kies een andere EMBEDDED_DB_DIR.`);
  }
  const here = await pgliteMajor();
  if (here !== database.serverMajor) {
    throw new BackupRefusal(
      `De back-up komt van de ingebouwde database met PostgreSQL ${database.serverMajor}, deze versie van de site heeft PostgreSQL ${here}: ` +
        "zet hem terug met de versie van de site waarmee hij gemaakt is.",
    );
  }
}

/** Loads the data folder into a new folder beside the target, opens it once, then puts it in the target's place. */
export async function restoreEmbedded(dataDir: string, dumpFile: string) {
  await mkdir(path.dirname(dataDir), { recursive: true });
  const staging = await mkdtemp(`${dataDir}.herstel-`);
  try {
    const db = await openPglite(staging, { loadDataDir: new File([await readFile(dumpFile)], "pgdata.tar.gz") });
    await describeDatabase(pgliteQuery(db));
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
    await rename(staging, dataDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function pgliteMajor() {
  const db = await openPglite();
  try {
    return (await describeDatabase(pgliteQuery(db))).serverMajor;
  } finally {
    await db.close();
  }
}
