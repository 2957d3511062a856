import pg from "pg";

export class DatabaseUnreachableError extends Error {}

/** Hides the password so the URL can be printed. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(geen geldige URL)";
  }
}

export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `Database niet bereikbaar op ${redactUrl(url)} (${reason}). ` +
        "Start die PostgreSQL-server, corrigeer DATABASE_URL, of laat DATABASE_URL leeg om de ingebouwde database te gebruiken.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}
