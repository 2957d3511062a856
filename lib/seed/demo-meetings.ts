import { localDateKey } from "../format/dates";
import type { SeedMeeting } from "./content";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const HOSTS = ["Emmen", "Haarlem", "Breda", "Tilburg", "Almere", "Assen"];

/** The second Thursday of a month, as YYYY-MM-DD. */
function secondThursday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + 7)).toISOString().slice(0, 10);
}

function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Demo meetings that follow the network's pattern (February, June and September
 * 13.00–17.00 uur; a 24-hour meeting in a host municipality in November) for the
 * twelve months from `today`, so the calendar is never empty. Slugs are derived
 * from dates, so seeding again adds only what is new.
 */
export function demoMeetings(today: Date): SeedMeeting[] {
  const from = localDateKey(today);
  const until = localDateKey(new Date(today.getTime() + 365 * 24 * 3600 * 1000));
  const year = Number(from.slice(0, 4));
  const result: SeedMeeting[] = [];
  for (const y of [year, year + 1]) {
    for (const month of [2, 6, 9]) {
      const date = secondThursday(y, month);
      result.push({
        slug: `${date}-bijeenkomst`,
        demo: true,
        kind: "MEETING",
        title: `Netwerkbijeenkomst ${MONTHS[month - 1]} ${y}`,
        date,
        startTime: "13:00",
        endTime: "17:00",
        location: "In of rond Utrecht",
        description: "Een middag kennisdelen met collega’s uit (middel)grote gemeenten, VNG en VWS. Het programma volgt.",
      });
    }
    const date = secondThursday(y, 11);
    const host = HOSTS[y % HOSTS.length];
    result.push({
      slug: `${date}-24-uursbijeenkomst-${host.toLowerCase()}`,
      demo: true,
      kind: "TWENTY_FOUR_HOUR",
      title: `24-uursbijeenkomst in ${host}`,
      date,
      endDate: nextDay(date),
      startTime: "13:00",
      endTime: "13:00",
      location: host,
      host,
      description: "De jaarlijkse 24-uursbijeenkomst in de gastgemeente. Het programma volgt.",
    });
  }
  return result.filter((meeting) => meeting.date >= from && meeting.date <= until);
}
