import { z } from "zod";
import { checkboxField, idField, optionalText } from "../forms/fields";

const DAYS_MESSAGE = "Kies op welke dag of dagen je komt.";

/** One schema for the answer form on the meeting page and the server action behind it. */
export const rsvpSchema = z.object({
  meetingId: idField("Kies een bijeenkomst."),
  status: z.enum(["ATTENDING", "NOT_ATTENDING"], { error: "Kies of je komt." }),
  /** 24-hour meetings only; the domain asks for it when the person comes. */
  days: z
    .union([z.literal(""), z.enum(["BOTH", "FIRST_DAY", "SECOND_DAY"], { error: DAYS_MESSAGE })], { error: DAYS_MESSAGE })
    .optional()
    .transform((value) => value || null),
  dinner: checkboxField,
  overnight: checkboxField,
  dietaryWishes: optionalText(500, "Dieetwensen zijn hoogstens 500 tekens.", { multiline: true }),
});

/** The same answer through the signed link in an invitation: the link names the person and carries the signature. */
export const answerLinkSchema = rsvpSchema.extend({
  personId: idField("Deze link klopt niet. Gebruik de link uit je uitnodiging."),
  signature: z
    .string({ error: "Deze link klopt niet. Gebruik de link uit je uitnodiging." })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "Deze link klopt niet. Gebruik de link uit je uitnodiging."),
});

/** The form's labels, for the error summary. */
export const rsvpLabels: Record<string, string> = {
  days: "Welke dagen",
  dinner: "Diner",
  overnight: "Overnachting",
  dietaryWishes: "Dieetwensen",
};
