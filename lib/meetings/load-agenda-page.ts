import { groupByYear } from "./group-by-year";
import { listPastMeetings, listUpcomingMeetings } from "./queries";
import type { Database } from "../db/client";

export async function loadAgendaPage(db: Database, now = new Date()) {
  const [upcoming, past] = await Promise.all([listUpcomingMeetings(db, now), listPastMeetings(db, now)]);
  return { upcoming, pastByYear: groupByYear(past) };
}
