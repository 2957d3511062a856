import { z } from "zod";
import { idField, plainText } from "../forms/fields";
import { themeIdsField } from "../themes/theme-schema";

/** The upload form's text fields; the file itself ("file") is checked by uploadDocument from its content. */
export const uploadDocumentSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  documentTitle: plainText({ min: 1, max: 200, required: "Vul een titel voor het document in.", tooLong: "Een titel is hoogstens 200 tekens." }),
  themeIds: themeIdsField,
});
export const uploadDocumentLabels = { documentTitle: "Titel van het document", file: "Bestand", themeIds: "Thema's" };

export const removeDocumentSchema = z.object({ documentId: idField("Dit document bestaat niet (meer).") });
