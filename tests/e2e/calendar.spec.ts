import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import ical, { type CalendarResponse, type VEvent } from "node-ical";
import { meetingSlugs } from "./support/site";

/** node-ical gives a property either as a plain value or as { val, params }. */
function plain(value: unknown): string {
  if (value && typeof value === "object" && "val" in value) return String((value as { val: unknown }).val);
  return value === undefined || value === null ? "" : String(value);
}

function eventsOf(calendar: CalendarResponse): VEvent[] {
  return Object.values(calendar).filter((component): component is VEvent => component?.type === "VEVENT");
}

/** The event whose URL points at the meeting page of `slug`. */
function eventFor(calendar: CalendarResponse, slug: string): VEvent {
  const matches = eventsOf(calendar).filter((event) => plain(event.url).endsWith(`/agenda/${slug}`));
  expect(matches, `events for ${slug}`).toHaveLength(1);
  return matches[0];
}

async function fetchCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), `status of ${path}`).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar\b/);
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  return { response, text, calendar: ical.sync.parseICS(text) };
}

/** DTEND, which every event on this site has. */
function endOf(event: VEvent): Date & { dateOnly?: true } {
  expect(event.end, `DTEND of ${plain(event.summary)}`).toBeDefined();
  return event.end!;
}

function localDateParts(date: Date) {
  // node-ical creates date-only values at local midnight of the machine running the tests.
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

test.describe("agenda feed /agenda.ics", () => {
  test("is an iCalendar file with the seeded meetings", async ({ request }) => {
    const { calendar } = await fetchCalendar(request, "/agenda.ics");
    const events = eventsOf(calendar);
    expect(events.length).toBeGreaterThanOrEqual(10);

    const assen = eventFor(calendar, meetingSlugs.assen2020);
    expect(plain(assen.summary)).toBe("24-uursbijeenkomst in Assen");
    expect(plain(assen.location)).toBe("Assen");

    const june = eventFor(calendar, meetingSlugs.june2022);
    expect(plain(june.summary)).toBe("Netwerkbijeenkomst");
    expect(plain(june.location)).toBe("In of rond Utrecht");

    // Every event has a unique UID.
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  test("gives announced times as exact instants (13.00–17.00 in Amsterdam)", async ({ request }) => {
    const { calendar } = await fetchCalendar(request, "/agenda.ics");
    const june = eventFor(calendar, meetingSlugs.june2022);
    expect(june.datetype).toBe("date-time");
    // 15 June 2022 is summer time in Amsterdam (UTC+2).
    expect(june.start.toISOString()).toBe(new Date("2022-06-15T13:00:00+02:00").toISOString());
    expect(june.start.toISOString()).toBe("2022-06-15T11:00:00.000Z");
    expect(endOf(june).toISOString()).toBe(new Date("2022-06-15T17:00:00+02:00").toISOString());
    expect(endOf(june).toISOString()).toBe("2022-06-15T15:00:00.000Z");
  });

  test("gives meetings without announced times as whole days, end exclusive", async ({ request }) => {
    const { calendar } = await fetchCalendar(request, "/agenda.ics");
    const assen = eventFor(calendar, meetingSlugs.assen2020);
    expect(assen.datetype).toBe("date");
    expect(assen.start.dateOnly).toBe(true);
    expect(localDateParts(assen.start)).toEqual({ year: 2020, month: 11, day: 12 });
    expect(endOf(assen).dateOnly).toBe(true);
    expect(localDateParts(endOf(assen))).toEqual({ year: 2020, month: 11, day: 14 });
  });
});

test.describe("a meeting's own calendar file", () => {
  test("holds exactly that one meeting", async ({ request }) => {
    const path = `/agenda/${meetingSlugs.june2022}/kalender.ics`;
    const { response, text, calendar } = await fetchCalendar(request, path);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(text.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(1);
    const events = eventsOf(calendar);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(plain(event.url)).toMatch(new RegExp(`/agenda/${meetingSlugs.june2022}$`));
    expect(event.start.toISOString()).toBe("2022-06-15T11:00:00.000Z");
    expect(endOf(event).toISOString()).toBe("2022-06-15T15:00:00.000Z");
  });

  test("is 404 for an unknown meeting", async ({ request }) => {
    const response = await request.get("/agenda/bestaat-niet/kalender.ics");
    expect(response.status()).toBe(404);
  });

  test("downloads from the meeting page via “Zet in mijn agenda”", async ({ page }) => {
    await page.goto(`/agenda/${meetingSlugs.assen2020}`);
    const link = page.getByRole("link", { name: "Zet in mijn agenda" });
    await expect(link).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await link.click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const path = await download.path();
    const text = await readFile(path, "utf8");
    const events = eventsOf(ical.sync.parseICS(text));
    expect(events).toHaveLength(1);
    expect(plain(events[0].summary)).toBe("24-uursbijeenkomst in Assen");
    expect(events[0].datetype).toBe("date");
    expect(localDateParts(events[0].start)).toEqual({ year: 2020, month: 11, day: 12 });
  });
});
