import { groupByYear } from "./group-by-year";
import { listPastMeetings, listUpcomingMeetings } from "./queries";

export async function loadAgendaPage(now = new Date()) {
  const [upcoming, past] = await Promise.all([listUpcomingMeetings(now), listPastMeetings(now)]);
  return { upcoming, pastByYear: groupByYear(past) };
}
