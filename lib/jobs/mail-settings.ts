/**
 * How the mail worker retries: exponential backoff from MAIL_RETRY_DELAY_SECONDS (default 30 s) doubling each
 * time, MAIL_RETRY_LIMIT times (default 10: about 8 to 16 hours in all) before a message is marked failed.
 */
export type MailWorkerSettings = {
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job still active after this long belongs to a dead worker and is retried (also the claim's lifetime). */
  expireInSeconds: number;
  /** How often the queue is looked at for new messages and jobs. */
  pollingIntervalSeconds: number;
  /** Messages per fetch; they are sent in parallel over the pooled SMTP connections. */
  batchSize: number;
  /** How often pg-boss's maintenance runs (expired jobs back to retry, old jobs archived). */
  maintenanceIntervalSeconds: number;
};

const number = (name: string, fallback: number) => Number(process.env[name]) || fallback;

export function mailWorkerSettings(): MailWorkerSettings {
  return {
    retryLimit: number("MAIL_RETRY_LIMIT", 10),
    retryDelaySeconds: number("MAIL_RETRY_DELAY_SECONDS", 30),
    expireInSeconds: number("MAIL_JOB_EXPIRE_SECONDS", 120),
    pollingIntervalSeconds: number("MAIL_POLLING_SECONDS", 1),
    batchSize: number("MAIL_BATCH_SIZE", 20),
    maintenanceIntervalSeconds: number("MAIL_MAINTENANCE_SECONDS", 60),
  };
}
