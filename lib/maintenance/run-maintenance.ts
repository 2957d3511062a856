import type { Database } from "../db/client";
import { purgeExpired } from "./purge-expired";

/** Removes expired data. Mail is not sent here: the mail worker (lib/jobs/mail-worker.ts) does that, with retries. */
export async function runMaintenance(db: Database) {
  await purgeExpired(db);
}
