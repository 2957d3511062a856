import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export function createPrismaClient(url = process.env.DATABASE_URL) {
  return new PrismaClient({
    // DATABASE_POOL_MAX=1 for the embedded server, which cannot interleave statements from several connections.
    adapter: new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_MAX) || undefined,
      // A database that is down or hangs makes a request fail within seconds (a Dutch error page), not hang.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS) || 5_000,
      query_timeout: Number(process.env.DATABASE_QUERY_TIMEOUT_MS) || 30_000,
    }),
    // Query events let tests and benchmarks count queries; without a listener they cost nothing.
    log: [{ emit: "event", level: "query" }],
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

// One client per process; cached on globalThis so dev-mode reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: Database };
export const db: Database = (globalForPrisma.prisma ??= createPrismaClient());
