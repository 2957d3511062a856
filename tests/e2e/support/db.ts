import pg from "pg";
import { e2eDatabaseUrl } from "../../support/e2e-env";

/** One query against the site's database, for checks a person can't see on screen (audit rows) and for fixtures. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
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
