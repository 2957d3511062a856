import "server-only";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";
import { hitRateLimits } from "../rate-limit/rate-limit";
import { accelerationRequestClientRule, accelerationRequestPerEmail } from "../rate-limit/rules";
import type { AccelerationRequestInput } from "./request-schema";

export type SubmitRequestResult = { outcome: "submitted"; requestId: string } | { outcome: "rate-limited"; retryAfterSeconds: number };

/**
 * Records a request for the versnellingstraject and queues its confirmation mail in the same transaction; it
 * counts (for the secretary) once the requester used the mailed link. Submitting the same form twice records it
 * once: the same form id and address. The id alone is not enough: the form is on a cached page, so everyone who
 * opens it within the same minute gets the same id. An account with the same address owns the request, so it is exported and deleted with that account.
 */
export async function submitAccelerationRequest(
  db: Database,
  input: AccelerationRequestInput,
  { client, now = new Date() }: { client: string; now?: Date },
): Promise<SubmitRequestResult> {
  const submission = { submissionId_email: { submissionId: input.submissionId, email: input.email } };
  const existing = await db.accelerationRequest.findUnique({ where: submission, select: { id: true } });
  if (existing) return { outcome: "submitted", requestId: existing.id };

  const limit = await hitRateLimits(
    db,
    [
      [accelerationRequestClientRule(client), client],
      [accelerationRequestPerEmail, input.email],
    ],
    now,
  );
  if (!limit.allowed) return { outcome: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };

  const requestId = await db.$transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    // ON CONFLICT DO NOTHING: the same form sent twice at the same moment is recorded, and mailed, once.
    const { count } = await tx.accelerationRequest.createMany({
      data: [{ ...input, userId: account?.id ?? null, createdAt: now }],
      skipDuplicates: true,
    });
    const request = await tx.accelerationRequest.findUniqueOrThrow({ where: submission, select: { id: true } });
    if (count === 1) await queueMail(tx, { to: input.email, template: "confirm-acceleration-request", data: { requestId: request.id } });
    return request.id;
  });
  return { outcome: "submitted", requestId };
}
