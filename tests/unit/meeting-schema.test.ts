import { describe, expect, it } from "vitest";
import { meetingSchema } from "@/lib/meetings/meeting-schema";
import { meetingFormValues, meetingTimes } from "@/lib/meetings/meeting-times";

const valid = {
  title: "Netwerkbijeenkomst",
  kind: "MEETING",
  startDate: "2026-06-15",
  endDate: "",
  timesKnown: "ja",
  startTime: "13:00",
  endTime: "17:00",
  status: "gepubliceerd",
};

function errorsOf(values: Record<string, string>) {
  const result = meetingSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the meeting form's schema", () => {
  it("accepts a one-day meeting with times, and stores the times in Amsterdam", () => {
    const data = meetingSchema.parse(valid);
    expect(data.endDate).toBeNull();
    expect(data.location).toBeNull();
    const times = meetingTimes(data);
    expect(times.startsAt.toISOString()).toBe("2026-06-15T11:00:00.000Z");
    expect(times.endsAt.toISOString()).toBe("2026-06-15T15:00:00.000Z");
    expect(times.timesAnnounced).toBe(true);
  });

  it("stores a meeting without announced times as whole days, like the seed", () => {
    const data = meetingSchema.parse({
      ...valid,
      kind: "TWENTY_FOUR_HOUR",
      endDate: "2026-11-13",
      startDate: "2026-11-12",
      timesKnown: "",
      startTime: "",
      endTime: "",
    });
    const times = meetingTimes(data);
    expect(times).toEqual({ startsAt: new Date("2026-11-11T23:00:00.000Z"), endsAt: new Date("2026-11-13T22:59:00.000Z"), timesAnnounced: false });
  });

  it("requires a title", () => {
    expect(errorsOf({ ...valid, title: "  " })).toEqual({ title: "Vul een titel in." });
  });

  it("refuses control characters in text", () => {
    expect(errorsOf({ ...valid, title: "Bijeen\u0000komst" }).title).toMatch(/besturingstekens/);
  });

  it("refuses an end before the start", () => {
    expect(errorsOf({ ...valid, endDate: "2026-06-14" }).endDate).toMatch(/einddatum ligt voor de begindatum/);
    expect(errorsOf({ ...valid, endTime: "12:00" }).endTime).toMatch(/eindtijd ligt voor de begintijd/);
  });

  it("lets a 24-uursbijeenkomst end only on the day after it starts", () => {
    expect(errorsOf({ ...valid, kind: "TWENTY_FOUR_HOUR" }).endDate).toMatch(/dag na de begindag/);
    expect(errorsOf({ ...valid, kind: "TWENTY_FOUR_HOUR", endDate: "2026-06-17" }).endDate).toMatch(/dag na de begindag/);
    expect(errorsOf({ ...valid, kind: "TWENTY_FOUR_HOUR", endDate: "2026-06-16" })).toEqual({});
  });

  it("requires times HH:MM when they are known, and ignores them otherwise", () => {
    expect(errorsOf({ ...valid, startTime: "" }).startTime).toMatch(/begintijd/);
    expect(errorsOf({ ...valid, endTime: "25:00" }).endTime).toMatch(/uu:mm/);
    expect(errorsOf({ ...valid, timesKnown: "", startTime: "", endTime: "" })).toEqual({});
  });

  it("refuses dates that do not exist", () => {
    expect(errorsOf({ ...valid, startDate: "2026-02-30" }).startDate).toMatch(/bestaande begindatum/);
    expect(errorsOf({ ...valid, endDate: "morgen" }).endDate).toMatch(/bestaande einddatum/);
  });

  it("turns a stored meeting back into the same form values", () => {
    const data = meetingSchema.parse({ ...valid, location: "Utrecht" });
    const values = meetingFormValues({
      ...data,
      ...meetingTimes(data),
      tentative: false,
      published: true,
      address: null,
      hostMunicipalityId: null,
      description: null,
      scheduleNote: null,
    });
    expect(values).toMatchObject({
      startDate: "2026-06-15",
      endDate: "",
      timesKnown: "ja",
      startTime: "13:00",
      endTime: "17:00",
      location: "Utrecht",
      status: "gepubliceerd",
    });
  });
});
