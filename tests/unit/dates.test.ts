import { describe, expect, it } from "vitest";
import { amsterdamTime, formatDate, formatDateRange, formatShortDate, formatTime, formatTimeRange } from "@/lib/format/dates";

describe("Dutch dates and times", () => {
  it("writes a single-day meeting with a full stop in the times and an en dash", () => {
    const start = amsterdamTime("2020-02-03", "13:00");
    const end = amsterdamTime("2020-02-03", "17:00");
    expect(formatDateRange(start, end)).toBe("maandag 3 februari 2020");
    expect(formatTimeRange(start, end)).toBe("13.00–17.00 uur");
  });

  it("writes a two-day meeting in one month with both weekdays", () => {
    const start = amsterdamTime("2020-11-12", "13:00");
    const end = amsterdamTime("2020-11-13", "13:00");
    expect(formatDateRange(start, end)).toBe("donderdag 12 en vrijdag 13 november 2020");
    expect(formatTimeRange(start, end)).toBe("van 13.00 uur tot vrijdag 13.00 uur");
  });

  it("names both months for a two-day meeting across a month boundary", () => {
    expect(formatDateRange(amsterdamTime("2026-10-31", "13:00"), amsterdamTime("2026-11-01", "13:00"))).toBe("zaterdag 31 oktober en zondag 1 november 2026");
  });

  it("names both years across a year end, and 'tot en met' for longer spans", () => {
    expect(formatDateRange(amsterdamTime("2026-12-31", "13:00"), amsterdamTime("2027-01-01", "13:00"))).toBe(
      "donderdag 31 december 2026 en vrijdag 1 januari 2027",
    );
    expect(formatDateRange(amsterdamTime("2026-12-31", "13:00"), amsterdamTime("2027-01-02", "13:00"))).toBe(
      "donderdag 31 december 2026 tot en met zaterdag 2 januari 2027",
    );
    expect(formatDateRange(amsterdamTime("2026-06-01", "09:00"), amsterdamTime("2026-06-03", "17:00"))).toBe("maandag 1 tot en met woensdag 3 juni 2026");
  });

  it("uses Amsterdam time in summer and winter, whatever the server's zone", () => {
    expect(amsterdamTime("2022-06-15", "13:00").toISOString()).toBe("2022-06-15T11:00:00.000Z");
    expect(amsterdamTime("2020-12-14", "13:00").toISOString()).toBe("2020-12-14T12:00:00.000Z");
    expect(formatTime(new Date("2022-06-15T11:00:00Z"))).toBe("13.00");
    expect(formatTime(amsterdamTime("2022-06-15", "09:05"))).toBe("9.05");
    // 23.30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("vrijdag 1 januari 2027");
    expect(formatShortDate(new Date("2018-01-09T00:00:00Z"))).toBe("9 januari 2018");
  });
});
