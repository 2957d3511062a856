// Dutch dates and times in Europe/Amsterdam, following the Taalunie conventions:
// "donderdag 12 en vrijdag 13 november 2020", "13.00–17.00 uur".
const TIME_ZONE = "Europe/Amsterdam";

type DateParts = { weekday: string; day: string; month: string; year: string; hour: string; minute: string };

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const dutchParts = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const isoDate = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

function partsOf(date: Date): DateParts {
  const parts = dutchParts.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return { weekday: get("weekday"), day: get("day"), month: get("month"), year: get("year"), hour: get("hour"), minute: get("minute") };
}

/** "donderdag 12 november 2020" */
export function formatDate(date: Date): string {
  const p = partsOf(date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "12 november 2020", for lists and publication dates. */
export function formatShortDate(date: Date): string {
  const p = partsOf(date);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "13.00", "9.30": Intl writes "09:30", Dutch writes a full stop and no leading zero. */
export function formatTime(date: Date): string {
  const p = partsOf(date);
  return `${Number(p.hour)}.${p.minute}`;
}

/** The calendar date in Amsterdam as YYYY-MM-DD. */
export function localDateKey(date: Date): string {
  return isoDate.format(date);
}

const wallClockTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "13:00": the wall-clock time in Amsterdam, for <input type="time">. */
export function localTimeKey(date: Date): string {
  return wallClockTime.format(date);
}

/**
 * The days a meeting covers: "maandag 3 februari 2020", "donderdag 12 en vrijdag 13 november 2020",
 * "zaterdag 31 oktober en zondag 1 november 2026", or across a year end with both years.
 */
export function formatDateRange(start: Date, end: Date): string {
  if (localDateKey(start) === localDateKey(end)) return formatDate(start);
  const a = partsOf(start);
  const b = partsOf(end);
  const joiner = isNextDay(start, end) ? "en" : "tot en met";
  if (a.year !== b.year) return `${formatDate(start)} ${joiner} ${formatDate(end)}`;
  if (a.month === b.month) return `${a.weekday} ${a.day} ${joiner} ${b.weekday} ${b.day} ${b.month} ${b.year}`;
  return `${a.weekday} ${a.day} ${a.month} ${joiner} ${b.weekday} ${b.day} ${b.month} ${b.year}`;
}

/** "13.00–17.00 uur" on one day; "van 13.00 uur tot vrijdag 13.00 uur" across days. */
export function formatTimeRange(start: Date, end: Date): string {
  if (localDateKey(start) === localDateKey(end)) return `${formatTime(start)}–${formatTime(end)} uur`;
  return `van ${formatTime(start)} uur tot ${partsOf(end).weekday} ${formatTime(end)} uur`;
}

function isNextDay(start: Date, end: Date): boolean {
  const next = new Date(`${localDateKey(start)}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) === localDateKey(end);
}

/** The UTC instant of a wall-clock time in Amsterdam, e.g. amsterdamTime("2020-11-12", "13:00"). */
export function amsterdamTime(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const offsetMinutes = (asAmsterdamWallClock(guess) - guess.getTime()) / 60000;
  const candidate = new Date(guess.getTime() - offsetMinutes * 60000);
  // Re-check once: the offset at the candidate may differ around a DST switch.
  const correction = (asAmsterdamWallClock(candidate) - candidate.getTime()) / 60000 - offsetMinutes;
  return new Date(candidate.getTime() - correction * 60000);
}

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function asAmsterdamWallClock(date: Date): number {
  const p = wallClock.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(p.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}
