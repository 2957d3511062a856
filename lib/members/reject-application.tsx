import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMail } from "../mail/outbox";

export type RejectResult = { outcome: "rejected" } | { outcome: "not-pending" } | { outcome: "not-found" };

/** Rejects a pending application, mails the applicant (with the secretary's message) and records it, in one transaction. */
export async function rejectApplication(
  db: Database,
  applicationId: string,
  { actor, message = null }: { actor: Actor; message?: string | null },
): Promise<RejectResult> {
  const result = await db.$transaction(async (tx): Promise<RejectResult> => {
    const application = await tx.application.findUnique({ where: { id: applicationId }, select: { user: { select: { name: true, email: true } } } });
    if (!application) return { outcome: "not-found" };
    const claimed = await tx.application.updateMany({
      where: { id: applicationId, status: "PENDING" },
      data: { status: "REJECTED", decidedAt: new Date(), decisionMessage: message },
    });
    if (claimed.count === 0) return { outcome: "not-pending" };
    await recordChange(tx, actor, {
      action: "application.reject",
      entityType: "Application",
      entityId: applicationId,
      entityLabel: application.user.name,
      before: { status: "PENDING" },
      after: { status: "REJECTED", message },
    });
    const { email, name } = application.user;
    if (email) await queueMail(tx, { to: email, template: "application-rejected", data: { name, message } });
    return { outcome: "rejected" };
  });
  return result;
}
