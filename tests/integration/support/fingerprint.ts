import pg from "pg";

/** A fingerprint of every row in every table: equal before and after means nothing was written. */
export async function fingerprint(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimitWindow') ORDER BY tablename",
    );
    const parts = await Promise.all(
      rows.map(
        async ({ tablename }) =>
          (await client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${tablename}" t`)).rows[0].hash as string,
      ),
    );
    return parts.join(",");
  } finally {
    await client.end();
  }
}
