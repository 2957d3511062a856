import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { meetingSchema } from "@/lib/meetings/meeting-schema";
import { meetingFormValues } from "@/lib/meetings/meeting-times";
import { createMeeting, updateMeeting } from "@/lib/meetings/save-meeting";
import { withFreshDatabase } from "./database";

const actor: Actor = { id: null, label: "Test" };

const base = {
  title: "Plaatsen en termijn",
  kind: "TWENTY_FOUR_HOUR",
  startDate: "2030-11-14",
  endDate: "2030-11-15",
  timesKnown: "ja",
  startTime: "13:00",
  endTime: "13:00",
  status: "gepubliceerd",
};

describe("places, answer deadline and reminder on the meeting form", () => {
  withFreshDatabase();

  it("stores places, dinner and overnight places, the deadline in Amsterdam time and the reminder days, and shows them again", async () => {
    const rsvpSettings = {
      capacity: "50",
      dinnerCapacity: "40",
      overnightCapacity: "30",
      answerDeadlineDate: "2030-11-01",
      answerDeadlineTime: "17:00",
      reminderDaysBefore: "7",
    };
    const input = meetingSchema.parse({ ...base, ...rsvpSettings });
    const result = await createMeeting(db, actor, input);
    expect(result.outcome).toBe("saved");
    const id = result.outcome === "saved" ? result.id : "";
    const stored = await db.meeting.findUniqueOrThrow({
      where: { id },
      select: { capacity: true, dinnerCapacity: true, overnightCapacity: true, answerDeadline: true, reminderDaysBefore: true },
    });
    expect(stored).toEqual({
      capacity: 50,
      dinnerCapacity: 40,
      overnightCapacity: 30,
      answerDeadline: new Date("2030-11-01T16:00:00Z"),
      reminderDaysBefore: 7,
    });
    const full = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(meetingFormValues(full)).toMatchObject(rsvpSettings);

    await updateMeeting(db, actor, id, meetingSchema.parse({ ...base, capacity: "" }));
    expect(await db.meeting.findUniqueOrThrow({ where: { id }, select: { capacity: true, answerDeadline: true, reminderDaysBefore: true } })).toEqual({
      capacity: null,
      answerDeadline: null,
      reminderDaysBefore: null,
    });
  });

  it("refuses bad numbers, dinner places on an ordinary meeting and a deadline without time or after the meeting, each by its field", () => {
    const errors = (fields: Record<string, string>) => {
      const parsed = meetingSchema.safeParse({ ...base, ...fields });
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    };
    expect(Object.keys(errors({ capacity: "0" }))).toEqual(["capacity"]);
    expect(Object.keys(errors({ capacity: "2,5" }))).toEqual(["capacity"]);
    expect(Object.keys(errors({ reminderDaysBefore: "61" }))).toEqual(["reminderDaysBefore"]);
    expect(Object.keys(errors({ kind: "MEETING", endDate: "", endTime: "17:00", dinnerCapacity: "10" }))).toEqual(["dinnerCapacity"]);
    expect(Object.keys(errors({ answerDeadlineDate: "2030-11-01" }))).toEqual(["answerDeadlineTime"]);
    expect(Object.keys(errors({ answerDeadlineTime: "12:00" }))).toEqual(["answerDeadlineDate"]);
    expect(Object.keys(errors({ answerDeadlineDate: "2030-11-20", answerDeadlineTime: "12:00" }))).toEqual(["answerDeadlineDate"]);
  });
});
