import { after } from "next/server";
import { db } from "../db/client";
import { deliverPendingMail } from "../mail/outbox";

/**
 * Starts sending the queued invitations after the response has gone out, so the secretary's action returns at
 * once. The mail worker (which also retries) delivers whatever this leaves; replace this with waking the
 * worker once it runs in the server process.
 */
export function startDelivery() {
  const deliver = async () => {
    try {
      while ((await deliverPendingMail(db)) > 0);
    } catch (error) {
      console.error("[mail] uitnodigingen versturen mislukt; de volgende ronde probeert het opnieuw", error);
    }
  };
  try {
    after(deliver);
  } catch {
    // Outside a request (a script, a test): the worker delivers on its next round.
  }
}
