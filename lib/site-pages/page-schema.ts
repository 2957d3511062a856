import { z } from "zod";
import { plainText } from "../forms/fields";
import { unknownPlaceholderMessage, unknownPlaceholders } from "./placeholders";

export const PAGE_BODY_MAX = 50_000;

/** A posted textarea has CRLF line ends; stored Markdown keeps LF, so an unchanged text stays unchanged. */
const unixLineEnds = (value: string) => value.replace(/\r\n?/g, "\n");

/** Only the placeholders of the list: a typo would otherwise show "{{bijdrag}}" on the public page. */
const knownPlaceholders = (text: string, context: z.RefinementCtx) => {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) context.addIssue({ code: "custom", message: unknownPlaceholderMessage(unknown) });
};

const pageKeyField = z
  .string({ error: "Deze pagina bestaat niet." })
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/, "Deze pagina bestaat niet.");
const versionIdField = z.string().trim().max(60).optional().default("");

export const sitePageSchema = z.object({
  pageKey: pageKeyField,
  /** The version the form was opened on: a save over someone else's newer version is refused, a repeat of the same save changes nothing. */
  baseVersionId: versionIdField,
  title: plainText({ min: 2, max: 120, required: "Vul een titel in van minstens 2 tekens.", tooLong: "Een titel is hoogstens 120 tekens." }),
  intro: plainText({ max: 1_000, tooLong: "De inleiding is hoogstens 1.000 tekens.", multiline: true }).transform(unixLineEnds).superRefine(knownPlaceholders),
  body: plainText({
    min: 1,
    max: PAGE_BODY_MAX,
    required: "Schrijf de tekst van de pagina.",
    tooLong: `De tekst is hoogstens ${PAGE_BODY_MAX.toLocaleString("nl-NL")} tekens.`,
    multiline: true,
  })
    .transform(unixLineEnds)
    .superRefine(knownPlaceholders),
  intent: z.enum(["save", "preview"]).optional().default("save").catch("save"),
});

export type SitePageInput = z.output<typeof sitePageSchema>;

export const restoreVersionSchema = z.object({
  pageKey: pageKeyField,
  versionId: z.string({ error: "Deze versie bestaat niet (meer)." }).trim().min(1, "Deze versie bestaat niet (meer).").max(60),
});

export type RestoreVersionInput = z.output<typeof restoreVersionSchema>;
