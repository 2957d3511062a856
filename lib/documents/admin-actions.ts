"use server";

import "server-only";

import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid, refusedField } from "../forms/form-state";
import { removeDocumentSchema, uploadDocumentSchema } from "./document-schema";
import { removeDocument } from "./remove-document";
import { uploadDocument } from "./upload-document";

const GONE = "Deze bijeenkomst of dit document bestaat niet (meer). Laad de pagina opnieuw.";

export const uploadDocumentAction = secretaryAction(
  { schema: uploadDocumentSchema, fileFields: ["file"], listFields: ["themeIds"], failure: "Document uploaden mislukt" },
  async ({ data, values, formData, user }) => {
    const file = formData.get("file");
    const result = await uploadDocument(db, actorOf(user), {
      meetingId: data.meetingId,
      title: data.documentTitle,
      themeIds: data.themeIds,
      file: file instanceof File ? file : null,
    });
    if (result.outcome === "not-found") return refusedField("meetingId", GONE, values);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    return { status: "success", message: `Document “${data.documentTitle}” is toegevoegd.` };
  },
);

export const removeDocumentAction = secretaryAction({ schema: removeDocumentSchema, failure: "Document verwijderen mislukt" }, async ({ data, user }) => {
  const result = await removeDocument(db, actorOf(user), data.documentId);
  if (result.outcome === "not-found") return refusedField("documentId", GONE);
  return { status: "success", message: "Het document is verwijderd." };
});
