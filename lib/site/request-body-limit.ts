import type { IncomingMessage } from "node:http";
import "server-only";
import pg from "pg";
import { sessionTokenIn } from "./serving/cached-pages";

/**
 * Next.js reads a server action's whole body before the action checks its caller, and its limit is one number for
 * every action: as large as the biggest upload. So the site's server (scripts/site-server.ts) looks first: a body
 * over SMALL_BODY_BYTES is let through only to the admin area (document uploads, imports) and only from a signed-in
 * secretary; anyone else gets 413 before a byte of it is read.
 */
export const SMALL_BODY_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE =
  "Dit verzoek is te groot. Formulieren op deze site zijn kleiner dan 1 MB; alleen de secretaris kan grotere bestanden uploaden, in het beheer.";

/** Whether the request carries (or may carry, without a length) more than the small limit. */
export function hasLargeBody(request: IncomingMessage): boolean {
  const length = request.headers["content-length"];
  if (length !== undefined) return Number(length) > SMALL_BODY_BYTES;
  return request.headers["transfer-encoding"] !== undefined;
}

let pool: pg.Pool | undefined;

/** Whether the request's session cookie belongs to an active secretary: one query, only for large bodies. */
export async function isSecretaryRequest(request: IncomingMessage): Promise<boolean> {
  if (!request.url?.startsWith("/beheer/")) return false;
  const token = sessionTokenIn(request.headers.cookie);
  if (!token) return false;
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000, query_timeout: 5_000 });
    // An idle connection the database drops must not end the process; the next query opens a new one.
    pool.on("error", () => {});
  }
  const { rowCount } = await pool.query(
    `SELECT 1 FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s."sessionToken" = $1 AND s.expires > now() AND u.role = 'SECRETARY' AND u."deactivatedAt" IS NULL`,
    [decodeURIComponent(token)],
  );
  return rowCount === 1;
}
