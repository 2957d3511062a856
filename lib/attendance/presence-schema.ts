import { z } from "zod";
import { idField, idListField } from "../forms/fields";

/** The presence list: every ticked answer (Rsvp id) under one name; what is not ticked did not come. */
export const presenceSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  present: idListField("Vink alleen mensen uit de lijst aan.", 2000),
});
export const presenceLabels = { meetingId: "Bijeenkomst", present: "Aanwezig" };
export type PresenceInput = z.output<typeof presenceSchema>;
