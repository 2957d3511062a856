import { localDateKey } from "../format/dates";

/** Groups meetings (already sorted) by their year in Amsterdam, keeping the order. */
export function groupByYear<T extends { startsAt: Date }>(meetings: T[]): { year: string; meetings: T[] }[] {
  const groups: { year: string; meetings: T[] }[] = [];
  for (const meeting of meetings) {
    const year = localDateKey(meeting.startsAt).slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.meetings.push(meeting);
    else groups.push({ year, meetings: [meeting] });
  }
  return groups;
}
