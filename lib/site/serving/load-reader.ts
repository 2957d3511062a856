import "server-only";
import { isSessionDueForUpdate } from "../../auth/session-lifetime";
import type { Database } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { RsvpStatus, UserRole } from "../../db/generated/enums";
import type { Answer, Reader } from "./personal-parts";

type Row = { role: UserRole; expires: Date; answers: { meetingId: string; status: RsvpStatus; waitlistPosition: number | null }[] };

/**
 * Who reads a public page, for its personal parts, in one query: by their session (the site's server) or by
 * the person Auth.js found (a page rendered by Next.js). `meetingIds`: the meetings whose answer the page shows.
 * "refresh" when Auth.js would extend the session now: then Next.js must handle the request, to set the cookie.
 */
export async function loadReader(
  db: Database,
  who: { sessionToken: string } | { userId: string },
  meetingIds: readonly string[],
): Promise<Reader | null | "refresh"> {
  const person =
    "sessionToken" in who
      ? Prisma.sql`FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."sessionToken" = ${who.sessionToken} AND s.expires > now()`
      : Prisma.sql`FROM "User" u WHERE u.id = ${who.userId}`;
  const expires = "sessionToken" in who ? Prisma.sql`s.expires` : Prisma.sql`NULL::timestamp`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.role::text AS role, ${expires} AS expires,
      coalesce((
        SELECT json_agg(json_build_object('meetingId', r."meetingId", 'status', r.status, 'waitlistPosition',
          CASE WHEN r.status = 'WAITLISTED' AND r."waitlistedAt" IS NOT NULL THEN (
            SELECT count(*) FROM "Rsvp" w WHERE w."meetingId" = r."meetingId" AND w.status = 'WAITLISTED' AND w."waitlistedAt" <= r."waitlistedAt"
          ) END))
        FROM "Rsvp" r WHERE r."userId" = u.id AND r."meetingId" = ANY(${[...meetingIds]}::text[])
      ), '[]'::json) AS answers
    ${person}`;
  const row = rows[0];
  if (!row) return null;
  if (row.expires && isSessionDueForUpdate(row.expires)) return "refresh";
  const answers = new Map<string, Answer>(row.answers.map(({ meetingId, ...answer }) => [meetingId, answer]));
  return { role: row.role, answers };
}
