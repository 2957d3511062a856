import type { MeetingDays, RsvpStatus } from "../db/generated/enums";

/** A person's answer, as the secretary's lists show it. */
export const rsvpStatusLabels: Record<RsvpStatus, string> = {
  ATTENDING: "Komt",
  NOT_ATTENDING: "Komt niet",
  WAITLISTED: "Op de wachtlijst",
};

/** The answer as the person reads it back. */
export const rsvpStatusSentences: Record<RsvpStatus, string> = {
  ATTENDING: "Je hebt laten weten dat je komt.",
  NOT_ATTENDING: "Je hebt laten weten dat je niet komt.",
  WAITLISTED: "Je staat op de wachtlijst: alle plaatsen zijn bezet. Komt er een plaats vrij, dan krijg je bericht.",
};

export const meetingDaysLabels: Record<MeetingDays, string> = {
  BOTH: "Beide dagen",
  FIRST_DAY: "Alleen de eerste dag",
  SECOND_DAY: "Alleen de tweede dag",
};
