import "server-only";
import type { Database } from "../db/client";
import { sendDueAttendeeReminders } from "../invitations/send-attendee-reminders";
import { sendDueReminders } from "../invitations/send-due-reminders";
import { runMaintenance } from "../maintenance/run-maintenance";

const EVERY_TEN_MINUTES = 10 * 60_000;

/**
 * What the server process does on its own, at start and every ten minutes: remove expired data and erase
 * dietary wishes (runMaintenance), and queue the reminders that are due (to who has not answered, and to who comes). Each step logs its own failure.
 */
export function startPeriodicTasks(db: Database): () => void {
  const run = async () => {
    await runMaintenance(db).catch((error: unknown) => console.error("Onderhoud mislukt", error));
    await sendDueReminders(db).catch((error: unknown) => console.error("Herinneringen versturen mislukt", error));
    await sendDueAttendeeReminders(db).catch((error: unknown) => console.error("Herinneringen voor wie komen versturen mislukt", error));
  };
  void run();
  const timer = setInterval(run, EVERY_TEN_MINUTES);
  timer.unref();
  return () => clearInterval(timer);
}
