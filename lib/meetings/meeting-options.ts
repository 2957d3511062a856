import "server-only";
import type { Database } from "../db/client";
import { formatShortDate } from "../format/dates";

type MeetingOption = { value: string; label: string };
type MeetingRow = { id: string; title: string; startsAt: Date };

export const MEETING_OPTIONS = 50;
const optionOf = (meeting: MeetingRow): MeetingOption => ({ value: meeting.id, label: `${meeting.title} (${formatShortDate(meeting.startsAt)})` });

/** Meetings to choose from (an article's, a mailing's): the 50 most recent by start date (one query), plus the one already chosen. */
export async function meetingOptions(db: Database, linked: MeetingRow | null): Promise<MeetingOption[]> {
  const recent = await db.meeting.findMany({ orderBy: { startsAt: "desc" }, take: MEETING_OPTIONS, select: { id: true, title: true, startsAt: true } });
  const all = linked && !recent.some((meeting) => meeting.id === linked.id) ? [...recent, linked] : recent;
  return all.map(optionOf);
}
