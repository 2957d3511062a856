import pg from "pg";
import { e2eDatabaseUrl } from "../../support/e2e-env";

/** Makes the site render its kept public pages anew, as a change through the site would (lib/site/serving/public-pages-changed.ts). */
export const INVALIDATE_PUBLIC_PAGES = `INSERT INTO "PageCacheInvalidation" (tag, origin) VALUES ('pages', 'e2e-fixture')`;

/** Runs `work` with a client of its own on `url` (a database a spec made itself, or the server's admin database). */
export async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One query against the site's database, for checks a person can't see on screen (audit rows) and for fixtures.
 * A fixture written behind the site's back also renews its cached pages.
 */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<T>(sql, params);
    if (/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql)) await client.query(INVALIDATE_PUBLIC_PAGES);
    return rows;
  } finally {
    await client.end();
  }
}

/** The audit entries written for one record, oldest first. */
export function auditEntriesFor(entityId: string) {
  return query<{ action: string; actorLabel: string; before: unknown; after: unknown }>(
    `SELECT action, "actorLabel", before, after FROM "AuditEntry" WHERE "entityId" = $1 ORDER BY "createdAt"`,
    [entityId],
  );
}

/** The action names of the audit entries written for one record, oldest first. */
export async function auditActions(entityId: string): Promise<string[]> {
  return (await auditEntriesFor(entityId)).map((entry) => entry.action);
}
