import "server-only";
import { db } from "../db/client";
import { startMailWorker, type MailWorker } from "./mail-worker";
import { startPeriodicTasks } from "./periodic-tasks";

// One worker per process, also when the development server reloads this module.
const globalForWorker = globalThis as unknown as { mailWorker?: Promise<MailWorker | undefined> };

/**
 * Starts this server process's mail worker and periodic tasks (maintenance, reminders); a failure is logged, the
 * site keeps running and mail stays queued.
 */
export function startServerMailWorker() {
  globalForWorker.mailWorker ??= startMailWorker(db)
    .then((worker) => {
      console.log("[mail] e-mailwachtrij gestart");
      startPeriodicTasks(db);
      return worker;
    })
    .catch((error: unknown) => {
      console.error("[mail] e-mailwachtrij kon niet starten; berichten blijven bewaard tot de volgende start:", error);
      return undefined;
    });
  return globalForWorker.mailWorker;
}
