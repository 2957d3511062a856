import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import type { MoveRequestInput } from "./request-schema";
import { isClosing, isStepAllowed, stepRefusal, targetOf } from "./status-steps";

export type MoveRequestResult = { outcome: "moved" } | { outcome: "refused"; field: "id"; message: string };

const refused = (message: string): MoveRequestResult => ({ outcome: "refused", field: "id", message });

/**
 * Takes one step with a confirmed request (plan the intake, accept, decline): the status, the note, the audit
 * entry and the requester's mail are written in one transaction, or nothing is. The status is claimed with the
 * status that was read, so of two secretaries acting at once the second is refused instead of overwriting.
 */
export async function moveAccelerationRequest(db: Database, actor: Actor, { id, step, note }: MoveRequestInput, now = new Date()): Promise<MoveRequestResult> {
  return db.$transaction(async (tx) => {
    const request = await tx.accelerationRequest.findUnique({
      where: { id },
      select: { status: true, confirmedAt: true, email: true, contactName: true, municipalityName: true },
    });
    if (!request) return refused("Deze aanvraag bestaat niet (meer).");
    if (!request.confirmedAt) return refused("Deze aanvraag is nog niet bevestigd: de aanvrager heeft de link in de e-mail nog niet gebruikt.");
    if (!isStepAllowed(step, request.status)) return refused(stepRefusal(step, request.status));
    const status = targetOf(step);
    const claimed = await tx.accelerationRequest.updateMany({
      where: { id, status: request.status },
      data: { status, statusNote: note, closedAt: isClosing(status) ? now : null },
    });
    if (claimed.count === 0) return refused("Deze aanvraag is intussen gewijzigd. Laad de pagina opnieuw.");
    await recordChange(tx, actor, {
      action: `acceleration-request.${step}`,
      entityType: "AccelerationRequest",
      entityId: id,
      entityLabel: `Gemeente ${request.municipalityName}`,
      before: { status: request.status },
      after: { status, note },
    });
    await queueMail(tx, {
      to: request.email,
      template: "acceleration-request-step",
      data: { step, contactName: request.contactName, municipalityName: request.municipalityName, note },
      idempotencyKey: `acceleration-request:${id}:${step}`,
    });
    return { outcome: "moved" };
  });
}
