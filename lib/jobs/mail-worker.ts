import "server-only";
import PgBoss from "pg-boss";
import type { Database } from "../db/client";
import { deliverMail } from "../mail/deliver-mail";
import { closeTransports } from "../mail/transport";
import { dispatchQueuedMail, MAIL_QUEUE, type MailJob } from "./dispatch-mail";
import { mailWorkerSettings, type MailWorkerSettings } from "./mail-settings";

export type MailWorker = { stop: (options?: { graceful?: boolean }) => Promise<void> };

/**
 * The mail worker: runs in the server process (instrumentation.ts), never in a request. Every second it turns
 * newly queued OutboxMail rows into pg-boss jobs; pg-boss hands them out (several processes on one database
 * each get different jobs), retries failures with exponential backoff and gives a dead worker's jobs to another.
 */
export async function startMailWorker(
  db: Database,
  { connectionString = process.env.DATABASE_URL, ...overrides }: Partial<MailWorkerSettings> & { connectionString?: string } = {},
): Promise<MailWorker> {
  const settings = { ...mailWorkerSettings(), ...overrides };
  const boss = new PgBoss({
    connectionString,
    max: 3,
    application_name: "wmo-mail-worker",
    schedule: false,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
    archiveCompletedAfterSeconds: 3600,
  });
  boss.on("error", (error) => console.error("[mail] wachtrij:", error));
  await boss.start();
  await boss.createQueue(MAIL_QUEUE);

  const workerId = await boss.work<MailJob>(
    MAIL_QUEUE,
    { batchSize: settings.batchSize, pollingIntervalSeconds: settings.pollingIntervalSeconds, includeMetadata: true },
    async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          const result = await deliverMail(db, job.data.outboxId, { lastAttempt: job.retryCount >= job.retryLimit }).catch((error: unknown) => ({
            outcome: "retry" as const,
            reason: String(error),
          }));
          // The other jobs of the batch complete when this handler returns; this one is retried later.
          if (result.outcome === "retry") await boss.fail(MAIL_QUEUE, job.id, { reason: result.reason });
        }),
      );
    },
  );

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const dispatchLoop = async () => {
    try {
      if (await dispatchQueuedMail(db, boss, settings)) boss.notifyWorker(workerId);
    } catch (error) {
      if (!stopped) console.error("[mail] wachtrij bijwerken mislukt:", error);
    }
    if (!stopped) timer = setTimeout(dispatchLoop, settings.pollingIntervalSeconds * 1000);
  };
  await dispatchLoop();

  return {
    async stop({ graceful = true } = {}) {
      stopped = true;
      clearTimeout(timer);
      await boss.stop({ graceful, wait: true, timeout: 10_000 });
      closeTransports();
    },
  };
}
