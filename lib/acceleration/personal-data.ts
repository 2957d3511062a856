import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { rateLimitKey } from "../rate-limit/rate-limit";
import { accelerationRequestPerEmail } from "../rate-limit/rules";

/** A person's requests: those linked to the account and those made with its address before (or without) it. */
const requestsOf = (userId: string, email: string | null): Prisma.AccelerationRequestWhereInput => ({ OR: [{ userId }, ...(email ? [{ email }] : [])] });

/** For the export of a person's data (lib/account/export-personal-data.ts). */
export function exportAccelerationRequests(db: Database, userId: string, email: string | null) {
  return db.accelerationRequest.findMany({
    where: requestsOf(userId, email),
    orderBy: { createdAt: "asc" },
    select: {
      municipalityName: true,
      contactName: true,
      contactRole: true,
      email: true,
      phone: true,
      question: true,
      client: true,
      conditions: true,
      status: true,
      statusNote: true,
      createdAt: true,
      confirmedAt: true,
      closedAt: true,
    },
  });
}

/** For deleting an account (lib/account/delete-account.ts): the requests, their audit entries and the address's counter. */
export async function eraseAccelerationRequestsOf(tx: Prisma.TransactionClient, userId: string, email: string | null) {
  const requests = await tx.accelerationRequest.findMany({ where: requestsOf(userId, email), select: { id: true } });
  await eraseAccelerationRequests(
    tx,
    requests.map((request) => request.id),
  );
  if (email) await tx.rateLimitWindow.deleteMany({ where: { key: rateLimitKey(accelerationRequestPerEmail, email) } });
}

/** Removes requests with the audit entries about them (those hold the secretary's notes to the requester). */
export async function eraseAccelerationRequests(tx: Prisma.TransactionClient, ids: string[]) {
  if (!ids.length) return 0;
  await tx.auditEntry.deleteMany({ where: { entityType: "AccelerationRequest", entityId: { in: ids } } });
  const { count } = await tx.accelerationRequest.deleteMany({ where: { id: { in: ids } } });
  return count;
}
