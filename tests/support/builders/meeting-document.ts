import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";

type MeetingDocumentOverrides = Partial<Prisma.MeetingDocumentUncheckedCreateInput> & Pick<Prisma.MeetingDocumentUncheckedCreateInput, "meetingId">;

/** A record of a ten-byte PDF "Stukken" for the meeting (the file itself is not written). */
export function buildMeetingDocument(db: Database, overrides: MeetingDocumentOverrides) {
  return db.meetingDocument.create({ data: { title: "Stukken", mimeType: "application/pdf", extension: "pdf", sizeBytes: 10, ...overrides } });
}
