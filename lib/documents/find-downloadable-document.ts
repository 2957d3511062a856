import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isCovered } from "../members/coverage";
import { currentYear } from "../members/current-year";

/**
 * A document of a published meeting that this person may download (or null), and whether they are covered
 * this year (lib/members/coverage.ts). The permission is part of the query: who is covered may read every
 * document; anyone else only those of a meeting they said they attend (a guest, or a member whose
 * municipality does not take part this year).
 */
export async function findDownloadableDocument(
  db: Database,
  { slug, documentId, readerId, now = new Date() }: { slug: string; documentId: string; readerId: string; now?: Date },
) {
  const covered = await isCovered(db, readerId, currentYear(now));
  const meeting: Prisma.MeetingWhereInput = { slug, published: true };
  if (!covered) meeting.rsvps = { some: { userId: readerId, status: "ATTENDING" } };
  const document = await db.meetingDocument.findFirst({
    where: { id: documentId, meeting },
    select: { id: true, title: true, mimeType: true, extension: true },
  });
  return { document, covered };
}
