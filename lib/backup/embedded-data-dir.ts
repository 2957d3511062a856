import { stat } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_EMBEDDED_DATA_DIR } from "../db/embedded-postgres";
import { BackupRefusal } from "./backup-refusal";

/** The embedded database's data folder, as `npm start` finds it (EMBEDDED_DB_DIR, default .data/pglite). */
export function embeddedDataDir(): string {
  const setting = process.env.EMBEDDED_DB_DIR;
  if (setting === "memory") throw new BackupRefusal("EMBEDDED_DB_DIR=memory bewaart niets op schijf: daarvan is geen back-up te maken of terug te zetten.");
  return path.resolve(setting || DEFAULT_EMBEDDED_DATA_DIR);
}

/**
 * PGlite is one process: a second one opening the same folder breaks the first. While a PGlite holds the folder,
 * PostgreSQL's postmaster.pid is in it. (pg_dump over the running server's socket is no way out: PGlite is
 * PostgreSQL 18, and an older pg_dump refuses a newer server.)
 */
export async function refuseWhileInUse(dataDir: string) {
  if (await stat(path.join(dataDir, "postmaster.pid")).catch(() => null)) {
    throw new BackupRefusal(
      `De ingebouwde database in ${dataDir} is in gebruik: stop npm start eerst en probeer het opnieuw ` +
        "(draait er niets meer, bijvoorbeeld na een crash, start en stop npm start dan één keer).",
    );
  }
}
