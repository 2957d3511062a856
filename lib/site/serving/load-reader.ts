import "server-only";
import pg from "pg";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "../../auth/session-lifetime";
import type { RsvpStatus, UserRole } from "../../db/generated/enums";
import type { Answer, Reader } from "./personal-parts";

type Row = { role: UserRole; refresh: boolean; answers: { meetingId: string; status: RsvpStatus; waitlistPosition: number | null }[] };

// Prisma's timestamps are UTC without a time zone.
const NOW = `(now() AT TIME ZONE 'UTC')`;
const ANSWERS = `coalesce((
    SELECT json_agg(json_build_object('meetingId', r."meetingId", 'status', r.status, 'waitlistPosition',
      CASE WHEN r.status = 'WAITLISTED' AND r."waitlistedAt" IS NOT NULL THEN (
        SELECT count(*) FROM "Rsvp" w WHERE w."meetingId" = r."meetingId" AND w.status = 'WAITLISTED' AND w."waitlistedAt" <= r."waitlistedAt"
      ) END))
    FROM "Rsvp" r WHERE r."userId" = u.id AND r."meetingId" = ANY($2::text[])
  ), '[]'::json) AS answers`;
const BY_SESSION = {
  name: "reader-by-session",
  text: `SELECT u.role::text AS role, ${ANSWERS},
      s.expires - interval '${SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS} seconds' <= ${NOW} AS refresh
    FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."sessionToken" = $1 AND s.expires > ${NOW}`,
};
const BY_PERSON = { name: "reader-by-person", text: `SELECT u.role::text AS role, ${ANSWERS}, false AS refresh FROM "User" u WHERE u.id = $1` };

/**
 * The reader's pool: a query on every signed-in request for a kept page, where Prisma's own work per query
 * (about 0.6 ms of CPU here, against 0.13 ms for a prepared statement through pg) would be most of the request.
 * On globalThis: Next.js's bundle and the site's server each load this module, in one process.
 */
function pool(): pg.Pool {
  const global = globalThis as unknown as { readerPool?: pg.Pool };
  if (!global.readerPool) {
    global.readerPool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_MAX) || 10,
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
    });
    // An idle connection the database drops would otherwise be an uncaught error that ends the process.
    global.readerPool.on("error", (error) => console.error("[lezer] databaseverbinding verbroken:", error.message));
  }
  return global.readerPool;
}

const DUPLICATE_PREPARED_STATEMENT = "42P05";
let namedStatements = true;

/**
 * Runs the reader's query as a named statement, prepared once per connection. The embedded database (PGlite behind
 * one socket) runs every connection in one session, so a new connection finds the statement an earlier one
 * prepared: there the query goes unnamed from then on.
 */
async function run(query: { name: string; text: string; values: unknown[] }) {
  if (namedStatements) {
    try {
      return await pool().query<Row>(query);
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_PREPARED_STATEMENT) throw error;
      namedStatements = false;
    }
  }
  return pool().query<Row>({ text: query.text, values: query.values });
}

/**
 * Who reads a public page, for its personal parts, in one query: by their session (the site's server) or by
 * the person Auth.js found (a page rendered by Next.js). `meetingIds`: the meetings whose answer the page shows.
 * "refresh" when Auth.js would extend the session now: then Next.js must handle the request, to set the cookie.
 */
export async function loadReader(who: { sessionToken: string } | { userId: string }, meetingIds: readonly string[]): Promise<Reader | null | "refresh"> {
  const query = "sessionToken" in who ? { ...BY_SESSION, values: [who.sessionToken, meetingIds] } : { ...BY_PERSON, values: [who.userId, meetingIds] };
  const row = (await run(query)).rows[0];
  if (!row) return null;
  if (row.refresh) return "refresh";
  const answers = new Map<string, Answer>(row.answers.map(({ meetingId, ...answer }) => [meetingId, answer]));
  return { role: row.role, answers };
}
