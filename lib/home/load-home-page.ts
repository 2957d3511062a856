import { listArticles } from "../articles/queries";
import { listUpcomingMeetings } from "../meetings/queries";

export async function loadHomePage(now = new Date()) {
  const [upcoming, articles] = await Promise.all([listUpcomingMeetings(now, 3), listArticles(3)]);
  return { nextMeeting: upcoming[0] ?? null, laterMeetings: upcoming.slice(1), articles };
}
