import "server-only";
import type PgBoss from "pg-boss";
import type { Database } from "../db/client";
import type { MailWorkerSettings } from "./mail-settings";

export const MAIL_QUEUE = "mail-delivery";
export type MailJob = { outboxId: string };

/**
 * Hands queued messages to pg-boss: one job per OutboxMail row, its id derived from the row's id, so two
 * processes dispatching at once create one job (pg-boss inserts ON CONFLICT DO NOTHING). The row, written in
 * the transaction that caused the message, is what can't be lost; the job carries the retries. A row queued
 * again after its job ended (a resend), or left SENDING by a dead process, gets a fresh job.
 */
export async function dispatchQueuedMail(db: Database, boss: PgBoss, settings: MailWorkerSettings): Promise<number> {
  const rows = await db.$queryRaw<{ id: string; jobId: string; finished: boolean }[]>`
    SELECT o.id, md5(o.id)::uuid::text AS "jobId", (j.id IS NOT NULL) AS finished
    FROM "OutboxMail" o
    LEFT JOIN pgboss.job j ON j.name = ${MAIL_QUEUE} AND j.id = md5(o.id)::uuid
    WHERE (o.status = 'PENDING' OR (o.status = 'SENDING' AND o."claimedAt" < ${new Date(Date.now() - settings.expireInSeconds * 1000)}))
      AND (j.id IS NULL OR j.state > 'active')
    ORDER BY o."createdAt"
    LIMIT 1000`;
  if (rows.length === 0) return 0;
  const finished = rows.filter((row) => row.finished).map((row) => row.jobId);
  if (finished.length) await boss.deleteJob(MAIL_QUEUE, finished);
  await boss.insert(
    rows.map((row) => ({
      name: MAIL_QUEUE,
      id: row.jobId,
      data: { outboxId: row.id } satisfies MailJob,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.expireInSeconds,
    })),
  );
  return rows.length;
}
