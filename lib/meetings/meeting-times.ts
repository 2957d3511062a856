import { amsterdamTime, localDateKey, localTimeKey } from "../format/dates";
import { textValues } from "../format/text-values";
import type { MeetingInput } from "./meeting-schema";

/**
 * The instants stored for a meeting. Without announced times the meeting covers whole days, from the first
 * morning to the last evening in Amsterdam, exactly as the seed stores them.
 */
export function meetingTimes(input: Pick<MeetingInput, "startDate" | "endDate" | "timesKnown" | "startTime" | "endTime">) {
  const endDate = input.endDate ?? input.startDate;
  if (input.timesKnown) {
    return { startsAt: amsterdamTime(input.startDate, input.startTime), endsAt: amsterdamTime(endDate, input.endTime), timesAnnounced: true };
  }
  return { startsAt: amsterdamTime(input.startDate, "00:00"), endsAt: amsterdamTime(endDate, "23:59"), timesAnnounced: false };
}

type StoredMeeting = {
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timesAnnounced: boolean;
  tentative: boolean;
  location: string | null;
  address: string | null;
  hostMunicipalityId: string | null;
  description: string | null;
  scheduleNote: string | null;
  published: boolean;
  capacity?: number | null;
  dinnerCapacity?: number | null;
  overnightCapacity?: number | null;
  answerDeadline?: Date | null;
  reminderDaysBefore?: number | null;
  attendeeReminderDaysBefore?: number | null;
};

/** The fields the form shows as they are stored. */
const storedAsText = [
  "title",
  "kind",
  "tentative",
  "location",
  "address",
  "hostMunicipalityId",
  "description",
  "scheduleNote",
  "capacity",
  "dinnerCapacity",
  "overnightCapacity",
  "reminderDaysBefore",
  "attendeeReminderDaysBefore",
] as const;

/** A stored meeting as the form's text values (the edit form's starting point). */
export function meetingFormValues(meeting: StoredMeeting): Record<string, string> {
  const startDate = localDateKey(meeting.startsAt);
  const endDate = localDateKey(meeting.endsAt);
  return {
    ...textValues(meeting, storedAsText),
    startDate,
    endDate: endDate === startDate ? "" : endDate,
    timesKnown: meeting.timesAnnounced ? "ja" : "",
    startTime: meeting.timesAnnounced ? localTimeKey(meeting.startsAt) : "",
    endTime: meeting.timesAnnounced ? localTimeKey(meeting.endsAt) : "",
    status: meeting.published ? "gepubliceerd" : "concept",
    answerDeadlineDate: meeting.answerDeadline ? localDateKey(meeting.answerDeadline) : "",
    answerDeadlineTime: meeting.answerDeadline ? localTimeKey(meeting.answerDeadline) : "",
  };
}
