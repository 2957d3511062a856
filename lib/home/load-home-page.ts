import { listArticles } from "../articles/queries";
import type { Database } from "../db/client";
import { listUpcomingMeetings } from "../meetings/queries";
import { HOME_PAGE_KEY } from "../site-pages/paths";
import { loadSitePage } from "../site-pages/queries";

/** The home page: its introduction (the secretary's text, null when it was never seeded), the next meetings and the latest news. */
export async function loadHomePage(db: Database, now = new Date()) {
  const [introduction, upcoming, articles] = await Promise.all([loadSitePage(db, HOME_PAGE_KEY), listUpcomingMeetings(db, now, 3), listArticles(db, 3)]);
  return { introduction, nextMeeting: upcoming[0] ?? null, laterMeetings: upcoming.slice(1), articles };
}
