import type { Prisma } from "../db/generated/client";

/**
 * Points each invitation of a meeting at its mail with key `<prefix>:<meeting>:<person>:<suffix>` (queued in bulk,
 * so the ids are not known beforehand): one statement, whatever the number of people.
 */
export async function linkLastMails(tx: Prisma.TransactionClient, meetingId: string, prefix: string, suffix: string | number) {
  await tx.$executeRaw`
    UPDATE "Invitation" AS i SET "lastMailId" = o.id
    FROM "OutboxMail" AS o
    WHERE i."meetingId" = ${meetingId}
      AND o."idempotencyKey" = ${prefix} || ':' || i."meetingId" || ':' || i."userId" || ':' || ${String(suffix)}
      AND i."lastMailId" IS DISTINCT FROM o.id`;
}
