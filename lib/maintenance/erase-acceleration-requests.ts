import "server-only";
import { confirmableSince } from "../acceleration/confirmation-token";
import { eraseAccelerationRequests } from "../acceleration/personal-data";
import { accelerationRequestRetentionDays } from "../acceleration/retention";
import type { Database } from "../db/client";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Requests for the versnellingstraject hold personal data: an accepted or declined one is erased once it was
 * closed longer ago than the retention period, an unconfirmed one once its link has expired. Requests still in
 * progress (new, intake planned) stay. Run daily with the other maintenance.
 */
export async function eraseExpiredAccelerationRequests(db: Database, now = new Date(), retentionDays = accelerationRequestRetentionDays()) {
  return db.$transaction(async (tx) => {
    const closed = await tx.accelerationRequest.findMany({
      where: { closedAt: { lt: new Date(now.getTime() - retentionDays * DAY_MS) } },
      select: { id: true },
    });
    const unconfirmed = await tx.accelerationRequest.findMany({ where: { confirmedAt: null, createdAt: { lt: confirmableSince(now) } }, select: { id: true } });
    await eraseAccelerationRequests(
      tx,
      [...closed, ...unconfirmed].map((request) => request.id),
    );
    return { closed: closed.length, unconfirmed: unconfirmed.length };
  });
}
