import "server-only";
import type { Database } from "../db/client";
import { eraseExpiredAccelerationRequests } from "./erase-acceleration-requests";
import { eraseDietaryWishes } from "./erase-dietary-wishes";
import { purgeExpired } from "./purge-expired";

/** Removes expired data. Mail is not sent here: the mail worker (lib/jobs/mail-worker.ts) does that, with retries. */
export async function runMaintenance(db: Database, now = new Date()) {
  await purgeExpired(db, now);
  await eraseDietaryWishes(db, now);
  await eraseExpiredAccelerationRequests(db, now);
}
