import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { UserRole } from "../db/generated/enums";

type Reader = { id: string; role: UserRole };

/**
 * A document of a published meeting that this person may download, or null. The permission is part of the
 * query: members, the kernclub and the secretary may read every document; a guest only those of a meeting
 * they said they attend.
 */
export function findDownloadableDocument(db: Database, { slug, documentId, reader }: { slug: string; documentId: string; reader: Reader }) {
  const meeting: Prisma.MeetingWhereInput = { slug, published: true };
  if (reader.role === "GUEST") meeting.rsvps = { some: { userId: reader.id, status: "ATTENDING" } };
  return db.meetingDocument.findFirst({
    where: { id: documentId, meeting },
    select: { id: true, title: true, mimeType: true, extension: true },
  });
}

export function canReadAllDocuments(role: UserRole) {
  return role !== "GUEST";
}
