import { createPrismaClient, type Database } from "../../../lib/db/client";
import { e2eDatabaseUrl } from "../../support/e2e-env";
import { INVALIDATE_PUBLIC_PAGES } from "./db";

/**
 * Runs `work` with a Prisma client of its own on the database of the site under test, or of the site at `url` (one a
 * spec started itself); the builders in tests/support/builders take the client.
 */
export async function onSiteDatabase<T>(work: (db: Database) => Promise<T>, url = e2eDatabaseUrl): Promise<T> {
  const db = createPrismaClient(url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Writes fixtures on the site's database behind its back, then renews its cached public pages, as a change through
 * the site would: the next request sees them.
 */
export function writeFixtures<T>(write: (db: Database) => Promise<T>): Promise<T> {
  return onSiteDatabase(async (db) => {
    const written = await write(db);
    await db.$executeRawUnsafe(INVALIDATE_PUBLIC_PAGES);
    return written;
  });
}
