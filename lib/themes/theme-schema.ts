import { z } from "zod";
import { checkboxField, idField, idListField, optionalIdField, plainText } from "../forms/fields";

/** One schema for the theme form (create and edit) and its server actions. */
export const themeSchema = z.object({
  themeId: optionalIdField("Dit thema bestaat niet (meer)."),
  name: plainText({ min: 2, max: 80, required: "Vul een naam in van minstens 2 tekens.", tooLong: "Een naam is hoogstens 80 tekens." }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "Het adres is hoogstens 80 tekens.")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Gebruik in het adres alleen kleine letters, cijfers en streepjes, bijvoorbeeld wijkgerichte-ggz.")
    .optional()
    .transform((value) => value || null),
  description: plainText({
    min: 1,
    max: 500,
    required: "Vul een korte beschrijving in.",
    tooLong: "Een beschrijving is hoogstens 500 tekens.",
    multiline: true,
  }).transform((value) => value.replace(/\r\n?/g, "\n")),
});

export type ThemeInput = z.output<typeof themeSchema>;

/** Deleting asks for a tick first: the theme's links to meetings and articles go with it and cannot be restored. */
export const deleteThemeSchema = z.object({
  themeId: idField("Dit thema bestaat niet (meer)."),
  confirmed: checkboxField.refine((ticked) => ticked, "Vink aan dat je dit thema wilt verwijderen."),
});

/** The theme checkboxes of the meeting and article forms. */
export const themeIdsField = idListField("Kies thema's uit de lijst.");
