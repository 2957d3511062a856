import "server-only";
import type { Database } from "../db/client";
import { queueMails } from "../mail/outbox";
import { secretaryEmails } from "../members/notify-secretaries";
import { hashLinkToken } from "../auth/link-token";
import { confirmableSince } from "./confirmation-token";
import { movisieEmail } from "./movisie-contact";

export const UNKNOWN_LINK =
  "Deze link werkt niet (meer): hij is al gebruikt, verlopen of niet compleet. Heb je je aanvraag al bevestigd? Dan hoef je niets meer te doen.";

export type ConfirmRequestResult = { outcome: "confirmed"; municipalityName: string } | { outcome: "unknown-link" };

/** The unconfirmed request a link's token belongs to, while it may still be confirmed. */
const awaitingConfirmation = (token: string, now: Date) => ({
  confirmationTokenHash: hashLinkToken(token),
  confirmedAt: null,
  createdAt: { gte: confirmableSince(now) },
});

/** For the page the link opens: reading uses nothing up, so mail scanners that open every link change nothing. */
export function findRequestToConfirm(db: Database, token: string, now = new Date()) {
  return db.accelerationRequest.findFirst({ where: awaitingConfirmation(token, now), select: { municipalityName: true } });
}

/** Confirms the request whose link this is; the link works once (its hash is cleared). Movisie (which runs the intake) and the secretaries are mailed in the same transaction. */
export async function confirmAccelerationRequest(db: Database, token: string, now = new Date()): Promise<ConfirmRequestResult> {
  return db.$transaction(async (tx) => {
    const request = await tx.accelerationRequest.findFirst({ where: awaitingConfirmation(token, now), select: { id: true, municipalityName: true } });
    if (!request) return { outcome: "unknown-link" };
    // Claimed with the same conditions: of two presses at once, one confirms and the other finds the link used.
    const claimed = await tx.accelerationRequest.updateMany({
      where: { id: request.id, ...awaitingConfirmation(token, now) },
      data: { confirmedAt: now, confirmationTokenHash: null },
    });
    if (claimed.count === 0) return { outcome: "unknown-link" };
    const movisie = movisieEmail();
    const notice = { requestId: request.id, municipalityName: request.municipalityName, forwardedTo: movisie };
    await queueMails(tx, [
      ...(movisie
        ? [{ to: movisie, template: "acceleration-request-for-movisie" as const, data: { requestId: request.id, municipalityName: request.municipalityName } }]
        : []),
      ...(await secretaryEmails(tx)).map((to) => ({ to, template: "new-acceleration-request" as const, data: notice })),
    ]);
    return { outcome: "confirmed", municipalityName: request.municipalityName };
  });
}
