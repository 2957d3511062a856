import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { resetDatabase } from "../../lib/db/reset-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

let embedded: EmbeddedPostgres | undefined;

/** A real PostgreSQL for the integration tests: TEST_DATABASE_URL, or an embedded one in memory. */
export default async function setup(project: TestProject) {
  const configured = process.env.TEST_DATABASE_URL;
  if (!configured) embedded = await startEmbeddedPostgres({ dataDir: "memory" });
  const url = configured ?? embedded!.url;
  await resetDatabase(url);
  project.provide("databaseUrl", url);
  project.provide("embedded", !configured);
  return async () => {
    // Leave a configured server empty, so the end-to-end run that follows starts from its own seed.
    if (configured) await resetDatabase(url);
    await embedded?.stop();
  };
}
