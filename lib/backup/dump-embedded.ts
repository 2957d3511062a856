import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "./backup-refusal";
import type { DatabaseDump } from "./backup-manifest";
import { describeDatabase } from "./describe-database";
import { refuseWhileInUse } from "./embedded-data-dir";
import { openPglite, pgliteQuery } from "./open-pglite";

/** The embedded database's data folder as PGlite packs it (a gzipped tar), opened here while npm start is stopped. */
export async function dumpEmbedded(dataDir: string, target: string): Promise<Omit<DatabaseDump, "file" | "sha256">> {
  if (!(await stat(path.join(dataDir, "PG_VERSION")).catch(() => null))) {
    throw new BackupRefusal(`Geen ingebouwde database in ${dataDir}: er is niets om te back-uppen (voor een PostgreSQL-server: zet DATABASE_URL).`);
  }
  await refuseWhileInUse(dataDir);
  const db = await openPglite(dataDir);
  try {
    // Everything written to the data files, so the copy needs no recovery when it is opened.
    await db.exec("CHECKPOINT");
    const description = await describeDatabase(pgliteQuery(db));
    const dump = await db.dumpDataDir("gzip");
    await writeFile(target, new Uint8Array(await dump.arrayBuffer()));
    return { kind: "embedded", ...description };
  } finally {
    await db.close();
  }
}
