import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type Paged, paged, pageWindow } from "../pagination/page-params";
import { meetingFormSelect } from "./save-meeting";

export const meetingFilters = { komend: "Komend", voorbij: "Voorbij", concept: "Concept", afgelast: "Afgelast" } as const;
export type MeetingFilter = keyof typeof meetingFilters;

export function isMeetingFilter(value: string): value is MeetingFilter {
  return Object.hasOwn(meetingFilters, value);
}

function filterWhere(filter: MeetingFilter | "", now: Date): Prisma.MeetingWhereInput {
  switch (filter) {
    case "komend":
      return { endsAt: { gte: now }, cancelledAt: null };
    case "voorbij":
      return { endsAt: { lt: now } };
    case "concept":
      return { published: false };
    case "afgelast":
      return { cancelledAt: { not: null } };
    default:
      return {};
  }
}

const rowSelect = { id: true, title: true, kind: true, startsAt: true, endsAt: true, published: true, cancelledAt: true, presenceRecordedAt: true } as const;
export type AdminMeetingRow = Prisma.MeetingGetPayload<{ select: typeof rowSelect }> & { attending: number; present: number };

/**
 * All meetings (drafts too), newest first, searched and paged in the database; "ik kom" and "aanwezig" counts in one
 * grouped query.
 */
export async function listMeetingsForAdmin(
  db: Database,
  { query, filter, page, now = new Date() }: { query: string; filter: MeetingFilter | ""; page: number; now?: Date },
): Promise<Paged<AdminMeetingRow>> {
  const where: Prisma.MeetingWhereInput = { ...filterWhere(filter, now), ...(query ? { title: { contains: query, mode: "insensitive" } } : {}) };
  const [rows, total] = await Promise.all([
    db.meeting.findMany({ where, orderBy: [{ startsAt: "desc" }, { id: "asc" }], select: rowSelect, ...pageWindow(page) }),
    db.meeting.count({ where }),
  ]);
  const counts = rows.length
    ? await db.rsvp.groupBy({
        by: ["meetingId", "status", "attended"],
        where: { meetingId: { in: rows.map((row) => row.id) }, OR: [{ status: "ATTENDING" }, { attended: true }] },
        _count: { _all: true },
      })
    : [];
  const sum = (meetingId: string, keep: (count: (typeof counts)[number]) => boolean) =>
    counts.filter((count) => count.meetingId === meetingId && keep(count)).reduce((total, count) => total + count._count._all, 0);
  return paged(
    rows.map((row) => ({ ...row, attending: sum(row.id, (count) => count.status === "ATTENDING"), present: sum(row.id, (count) => count.attended) })),
    total,
    page,
  );
}

/** One meeting with everything its admin page shows, in one query. */
export function getMeetingForAdmin(db: Database, id: string) {
  return db.meeting.findUnique({
    where: { id },
    select: {
      ...meetingFormSelect,
      cancelledAt: true,
      agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true, speaker: true } },
      reports: { orderBy: { publishedOn: "asc" }, select: { id: true, slug: true, title: true, published: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, extension: true, sizeBytes: true } },
      themes: { select: { themeId: true } },
    },
  });
}

export type AdminMeeting = NonNullable<Awaited<ReturnType<typeof getMeetingForAdmin>>>;

export function meetingStatusLabel(meeting: { published: boolean; cancelledAt: Date | null }) {
  if (meeting.cancelledAt) return "Afgelast";
  return meeting.published ? "Gepubliceerd" : "Concept";
}
