import type { MeetingDays } from "../db/generated/enums";
import { meetingDaysLabels } from "./rsvp-labels";

/** "Beide dagen, met diner, zonder overnachting, dieetwensen doorgegeven": the person's own choices, without the wishes themselves. */
export function rsvpDetailsSummary(rsvp: { days: MeetingDays | null; dinner: boolean; overnight: boolean; dietaryWishes: string | null }): string[] {
  return [
    rsvp.days ? meetingDaysLabels[rsvp.days] : null,
    rsvp.dinner ? "met diner" : "zonder diner",
    rsvp.overnight ? "met overnachting" : "zonder overnachting",
    rsvp.dietaryWishes ? "dieetwensen doorgegeven" : null,
  ].filter((part): part is string => part !== null);
}
