import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrationSql } from "./support/migration-sql";

// The migration that made member rights follow admission, run on tables as they were before it, in a schema of its own.
const SCHEMA = "admission_migration";

describe("the migration to admission", () => {
  it("keeps everyone admitted whom a membership covered before, and leaves only unapproved sign-ups waiting", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}; SET search_path TO ${SCHEMA}`);
      await client.query(`CREATE TABLE "Municipality" ("id" TEXT PRIMARY KEY)`);
      await client.query(`CREATE TABLE "User" ("id" TEXT PRIMARY KEY, "role" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL)`);
      await client.query(`CREATE TABLE "Application" ("id" TEXT PRIMARY KEY, "userId" TEXT NOT NULL, "status" TEXT NOT NULL, "decidedAt" TIMESTAMP(3))`);
      const people: [string, string, [string, string | null][]][] = [
        ["added by hand", "MEMBER", []],
        [
          "approved",
          "MEMBER",
          [
            ["REJECTED", "2025-01-01"],
            ["APPROVED", "2025-03-01"],
          ],
        ],
        ["pending", "GUEST", [["PENDING", null]]],
        ["rejected", "GUEST", [["REJECTED", "2025-02-01"]]],
        ["secretary with a pending sign-up", "SECRETARY", [["PENDING", null]]],
      ];
      for (const [id, role, applications] of people) {
        await client.query(`INSERT INTO "User" VALUES ($1, $2, '2024-06-01')`, [id, role]);
        for (const [index, [status, decidedAt]] of applications.entries()) {
          await client.query(`INSERT INTO "Application" VALUES ($1, $2, $3, $4)`, [`${id}-${index}`, id, status, decidedAt]);
        }
      }
      await client.query(await migrationSql("admission"));
      const { rows } = await client.query<{ id: string; admittedAt: Date | null }>(`SELECT "id", "admittedAt" FROM "User"`);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.admittedAt?.toISOString().slice(0, 10) ?? null]))).toEqual({
        "added by hand": "2024-06-01",
        approved: "2025-03-01",
        pending: null,
        rejected: null,
        "secretary with a pending sign-up": "2024-06-01",
      });
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await client.end();
    }
  });
});
