import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { documentTypeOf, documentTypes } from "./document-types";
import { THEME_CHOICE_ERROR, themeNames, unknownThemes } from "../themes/save-theme";
import { extractDocumentText } from "./extract-document-text";
import { deleteStoredFile, uploadMaxMb, writeStoredFile } from "./storage";

export type UploadInput = {
  meetingId: string;
  title: string;
  /** Themes of the document's own, besides its meeting's. */
  themeIds?: string[];
  file: Pick<File, "name" | "size" | "arrayBuffer"> | null;
};

export type UploadResult =
  | { outcome: "saved"; id: string; meetingId: string; slug: string }
  | { outcome: "not-found" }
  | { outcome: "invalid"; fieldErrors: { file: string } | { themeIds: string } };

const refuse = (message: string): UploadResult => ({ outcome: "invalid", fieldErrors: { file: message } });

/**
 * Stores a document for a meeting. The type comes from the bytes (never the name or the browser's MIME type);
 * the file is written as <id>.<ext> first, then the row and its audit entry in one transaction. If that
 * transaction fails the file is deleted again, so a refusal or a failure leaves nothing behind. Its words are read
 * once, here, for the site search.
 */
export async function uploadDocument(db: Database, actor: Actor, { meetingId, title, themeIds = [], file }: UploadInput): Promise<UploadResult> {
  if (!file || file.size === 0) return refuse("Kies een bestand om te uploaden.");
  const maxMb = uploadMaxMb();
  if (file.size > maxMb * 1024 * 1024) return refuse(`Dit bestand is te groot. Een document is hoogstens ${maxMb} MB.`);
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true, slug: true } });
  if (!meeting) return { outcome: "not-found" };
  if (await unknownThemes(db, themeIds)) return { outcome: "invalid", fieldErrors: { themeIds: THEME_CHOICE_ERROR } };

  const bytes = new Uint8Array(await file.arrayBuffer());
  const extension = documentTypeOf((await fileTypeFromBuffer(bytes))?.ext, file.name);
  if (!extension) return refuse("Dit soort bestand kan niet. Kies een PDF, Word-, Excel- of PowerPoint-bestand.");

  const id = randomUUID();
  const mimeType = documentTypes[extension].mime;
  const text = await extractDocumentText(extension, bytes);
  await writeStoredFile(id, extension, bytes);
  try {
    await db.$transaction(async (tx) => {
      await tx.meetingDocument.create({
        data: {
          id,
          meetingId,
          title,
          mimeType,
          extension,
          sizeBytes: bytes.byteLength,
          uploadedById: actor.id,
          text,
          themes: { create: themeIds.map((themeId) => ({ themeId })) },
        },
        select: { id: true },
      });
      await recordChange(tx, actor, {
        action: "document.upload",
        entityType: "MeetingDocument",
        entityId: id,
        entityLabel: title,
        after: { meetingId, title, mimeType, extension, sizeBytes: bytes.byteLength, themes: await themeNames(tx, themeIds) },
      });
    });
  } catch (error) {
    await deleteStoredFile(id, extension);
    throw error;
  }
  return { outcome: "saved", id, meetingId, slug: meeting.slug };
}
