import { listArticles } from "../articles/queries";
import type { Database } from "../db/client";
import { listUpcomingMeetings } from "../meetings/queries";

export async function loadHomePage(db: Database, now = new Date()) {
  const [upcoming, articles] = await Promise.all([listUpcomingMeetings(db, now, 3), listArticles(db, 3)]);
  return { nextMeeting: upcoming[0] ?? null, laterMeetings: upcoming.slice(1), articles };
}
