import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { deleteStoredFile } from "./storage";

export type RemoveDocumentResult = { outcome: "removed"; meetingId: string; slug: string } | { outcome: "not-found" };

/** Deletes the row with its audit entry, then the file (a file without a row is harmless; a row without a file is not). */
export async function removeDocument(db: Database, actor: Actor, documentId: string): Promise<RemoveDocumentResult> {
  const removed = await db.$transaction(async (tx) => {
    const document = await tx.meetingDocument.findUnique({
      where: { id: documentId },
      select: { id: true, title: true, extension: true, mimeType: true, sizeBytes: true, meeting: { select: { id: true, slug: true } } },
    });
    if (!document) return null;
    await tx.meetingDocument.delete({ where: { id: documentId }, select: { id: true } });
    const { meeting, ...before } = document;
    await recordChange(tx, actor, {
      action: "document.remove",
      entityType: "MeetingDocument",
      entityId: documentId,
      entityLabel: document.title,
      before: { ...before, meetingId: meeting.id },
    });
    return document;
  });
  if (!removed) return { outcome: "not-found" };
  await deleteStoredFile(removed.id, removed.extension);
  return { outcome: "removed", meetingId: removed.meeting.id, slug: removed.meeting.slug };
}
