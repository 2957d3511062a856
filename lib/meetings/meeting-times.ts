import { amsterdamTime, localDateKey, localTimeKey } from "../format/dates";
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

/** A stored meeting as the form's text values (the edit form's starting point). */
export function meetingFormValues(meeting: StoredMeeting): Record<string, string> {
  const startDate = localDateKey(meeting.startsAt);
  const endDate = localDateKey(meeting.endsAt);
  return {
    title: meeting.title,
    kind: meeting.kind,
    startDate,
    endDate: endDate === startDate ? "" : endDate,
    timesKnown: meeting.timesAnnounced ? "ja" : "",
    startTime: meeting.timesAnnounced ? localTimeKey(meeting.startsAt) : "",
    endTime: meeting.timesAnnounced ? localTimeKey(meeting.endsAt) : "",
    tentative: meeting.tentative ? "ja" : "",
    location: meeting.location ?? "",
    address: meeting.address ?? "",
    hostMunicipalityId: meeting.hostMunicipalityId ?? "",
    description: meeting.description ?? "",
    scheduleNote: meeting.scheduleNote ?? "",
    status: meeting.published ? "gepubliceerd" : "concept",
    capacity: meeting.capacity?.toString() ?? "",
    dinnerCapacity: meeting.dinnerCapacity?.toString() ?? "",
    overnightCapacity: meeting.overnightCapacity?.toString() ?? "",
    answerDeadlineDate: meeting.answerDeadline ? localDateKey(meeting.answerDeadline) : "",
    answerDeadlineTime: meeting.answerDeadline ? localTimeKey(meeting.answerDeadline) : "",
    reminderDaysBefore: meeting.reminderDaysBefore?.toString() ?? "",
    attendeeReminderDaysBefore: meeting.attendeeReminderDaysBefore?.toString() ?? "",
  };
}
