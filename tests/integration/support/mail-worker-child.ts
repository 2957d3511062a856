// A mail worker in a process of its own, for the tests that kill one mid-batch or run two side by side.
import { createPrismaClient } from "../../../lib/db/client";
import { startMailWorker } from "../../../lib/jobs/mail-worker";

const db = createPrismaClient(process.env.DATABASE_URL);
await startMailWorker(db, { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, batchSize: 5 });
process.send?.("started");
