import { z } from "zod";
import { checkboxField, idField, optionalText, plainText } from "../forms/fields";

/** Field names differ from the meeting form's, because both forms are on one page and ids must be unique. */
export const addAgendaItemSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  itemTitle: plainText({ min: 1, max: 200, required: "Vul het onderwerp in.", tooLong: "Een onderwerp is hoogstens 200 tekens." }),
  itemSpeaker: optionalText(200, "De naam van de spreker is hoogstens 200 tekens."),
});
export const addAgendaItemLabels = { itemTitle: "Onderwerp", itemSpeaker: "Spreker" };

export const moveAgendaItemSchema = z.object({
  itemId: idField("Dit agendapunt bestaat niet (meer)."),
  direction: z.enum(["up", "down"], { error: "Kies omhoog of omlaag." }),
});

export const removeAgendaItemSchema = z.object({ itemId: idField("Dit agendapunt bestaat niet (meer).") });

export const cancelMeetingSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  confirmCancel: checkboxField.refine((value) => value, "Zet het vinkje om te bevestigen dat je de bijeenkomst wilt afgelasten."),
});
