import type { Database } from "../db/client";
import { deliverPendingMail } from "../mail/outbox";
import { purgeExpired } from "./purge-expired";

/** Retries mail that could not be sent and removes expired data. */
export async function runMaintenance(db: Database) {
  await purgeExpired(db);
  await deliverPendingMail(db);
}
