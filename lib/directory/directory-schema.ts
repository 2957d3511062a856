import { z } from "zod";
import { checkboxField, idListField } from "../forms/fields";

/** The choice on /mijn-gegevens: be listed in /leden or not, which ways to reach you are shown, and your themes. */
export const directoryChoiceSchema = z.object({
  listed: checkboxField,
  showEmail: checkboxField,
  showPhone: checkboxField,
  themeIds: idListField("Kies thema's uit de lijst."),
});

export type DirectoryChoice = z.output<typeof directoryChoiceSchema>;
