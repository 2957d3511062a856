import { z } from "zod";
import { dateField, optionalIdField, optionalText, plainText } from "../forms/fields";
import { themeIdsField } from "../themes/theme-schema";

export const BODY_MAX = 50_000;

/** A posted textarea has CRLF line ends; stored Markdown keeps LF, so an unchanged text stays unchanged. */
function unixLineEnds(value: string) {
  return value.replace(/\r\n?/g, "\n");
}

const articleBodyField = plainText({
  min: 1,
  max: BODY_MAX,
  required: "Schrijf de tekst van het bericht.",
  tooLong: `De tekst is hoogstens ${BODY_MAX.toLocaleString("nl-NL")} tekens.`,
  multiline: true,
}).transform(unixLineEnds);

export const articleSchema = z.object({
  articleId: optionalIdField("Dit bericht bestaat niet (meer)."),
  title: plainText({ min: 3, max: 200, required: "Vul een titel in van minstens 3 tekens.", tooLong: "Een titel is hoogstens 200 tekens." }),
  kind: z.enum(["NEWS", "INTERVIEW", "REPORT"], { error: "Kies wat voor bericht het is." }),
  summary: plainText({
    min: 1,
    max: 500,
    required: "Vul een korte samenvatting in.",
    tooLong: "Een samenvatting is hoogstens 500 tekens.",
    multiline: true,
  }).transform(unixLineEnds),
  body: articleBodyField,
  publishedOn: dateField("Vul een geldige publicatiedatum in, bijvoorbeeld 12-11-2026."),
  meetingId: optionalIdField("Kies een bijeenkomst uit de lijst."),
  sourceNote: optionalText(300, "De bronvermelding is hoogstens 300 tekens."),
  themeIds: themeIdsField,
  status: z.enum(["DRAFT", "PUBLISHED"], { error: "Kies of het bericht een concept is of gepubliceerd." }),
  intent: z.enum(["save", "preview"]).optional().default("save").catch("save"),
});

export type ArticleInput = z.output<typeof articleSchema>;

export const articleStatusLabels = { DRAFT: "Concept", PUBLISHED: "Gepubliceerd" } as const;
