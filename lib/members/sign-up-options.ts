import "server-only";
import type { Database } from "../db/client";
import { listUpcomingMeetings } from "../meetings/queries";

/** What the sign-up form offers: the known municipalities and the meetings still to come. */
export async function loadSignUpOptions(db: Database, now = new Date()) {
  const [municipalities, meetings] = await Promise.all([
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listUpcomingMeetings(db, now),
  ]);
  return { municipalities, meetings };
}
