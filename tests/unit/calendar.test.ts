import ical from "node-ical";
import { describe, expect, it } from "vitest";
import type { CalendarMeeting } from "@/lib/meetings/queries";
import { buildCalendar } from "@/lib/meetings/calendar";
import { amsterdamTime } from "@/lib/format/dates";

const base = {
  hostMunicipality: null,
  description: null,
  scheduleNote: null,
  tentative: false,
  demo: false,
  updatedAt: new Date("2026-01-01T00:00:00Z"),
};

const meetings: CalendarMeeting[] = [
  {
    ...base,
    id: "m1",
    slug: "2022-06-15-bijeenkomst",
    kind: "MEETING",
    title: "Netwerkbijeenkomst",
    startsAt: amsterdamTime("2022-06-15", "13:00"),
    endsAt: amsterdamTime("2022-06-15", "17:00"),
    timesAnnounced: true,
    location: "In of rond Utrecht",
  },
  {
    ...base,
    id: "m2",
    slug: "2020-11-12-24-uursbijeenkomst-assen",
    kind: "TWENTY_FOUR_HOUR",
    title: "24-uursbijeenkomst in Assen",
    startsAt: amsterdamTime("2020-11-12", "00:00"),
    endsAt: amsterdamTime("2020-11-13", "23:59"),
    timesAnnounced: false,
    tentative: true,
    location: null,
    hostMunicipality: { name: "Assen" },
  },
  {
    ...base,
    id: "m3",
    slug: "2027-02-11-bijeenkomst",
    kind: "MEETING",
    title: "Netwerkbijeenkomst februari 2027",
    startsAt: amsterdamTime("2027-02-11", "13:00"),
    endsAt: amsterdamTime("2027-02-11", "17:00"),
    timesAnnounced: true,
    demo: true,
    location: "In of rond Utrecht",
  },
];

describe("iCalendar output", () => {
  const parsed = Object.values(ical.sync.parseICS(buildCalendar(meetings, { baseUrl: "https://example.nl" }))).filter(
    (component) => component?.type === "VEVENT",
  ) as ical.VEvent[];

  it("marks a made-up demo meeting as an example in its title", () => {
    expect(parsed.find((candidate) => candidate.uid === "m3@wmo-transformatienetwerk")!.summary).toBe("Voorbeeld: Netwerkbijeenkomst februari 2027");
  });

  it("carries timed meetings at the right instant", () => {
    const event = parsed.find((candidate) => candidate.uid === "m1@wmo-transformatienetwerk")!;
    expect(event.summary).toBe("Netwerkbijeenkomst");
    expect(event.start.toISOString()).toBe("2022-06-15T11:00:00.000Z");
    expect(event.end?.toISOString()).toBe("2022-06-15T15:00:00.000Z");
    expect(event.location).toBe("In of rond Utrecht");
    // node-ical keeps the VALUE=URI parameter next to the address.
    expect(event.url).toMatchObject({ val: "https://example.nl/agenda/2022-06-15-bijeenkomst" });
  });

  it("writes meetings without announced times as whole days, ending the day after, and marks tentative dates", () => {
    const event = parsed.find((candidate) => candidate.uid === "m2@wmo-transformatienetwerk")!;
    expect(event.datetype).toBe("date");
    expect([event.start.getFullYear(), event.start.getMonth() + 1, event.start.getDate()]).toEqual([2020, 11, 12]);
    const end = event.end!;
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2020, 11, 14]);
    expect(event.status).toBe("TENTATIVE");
    expect(event.location).toBe("Assen");
  });
});
