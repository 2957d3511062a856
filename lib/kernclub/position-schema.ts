import { z } from "zod";
import { dateField, idField, optionalIdField, optionalPhoneField } from "../forms/fields";

export const UNKNOWN_PERSON = "Er is niemand met dit e-mailadres. Voeg de persoon eerst toe bij Mensen.";

const personEmail = z
  .string({ error: "Vul het e-mailadres van de persoon in." })
  .trim()
  .min(1, "Vul het e-mailadres van de persoon in.")
  .max(254, "Een e-mailadres is hoogstens 254 tekens.")
  .toLowerCase()
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }));

const optionalContactEmail = z
  .string()
  .trim()
  .max(254, "Een e-mailadres is hoogstens 254 tekens.")
  .toLowerCase()
  .refine((value) => value === "" || z.email().safeParse(value).success, "Vul een geldig e-mailadres in, bijvoorbeeld secretaris@gemeente.nl.")
  .optional()
  .transform((value) => value || null);

export const givePositionSchema = z.object({
  email: personEmail,
  role: z.enum(["CHAIR", "KERNCLUB_MEMBER", "SECRETARY"], { error: "Kies een functie." }),
  municipalityId: optionalIdField("Kies een gemeente uit de lijst."),
  startedOn: dateField("Vul een geldige begindatum in."),
  contactEmail: optionalContactEmail,
  contactPhone: optionalPhoneField,
});
export type GivePositionInput = z.output<typeof givePositionSchema>;

export const endPositionSchema = z.object({
  positionId: idField("Deze functie bestaat niet (meer)."),
  endedOn: dateField("Vul een geldige einddatum in."),
});
export type EndPositionInput = z.output<typeof endPositionSchema>;
