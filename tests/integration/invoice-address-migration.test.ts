import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrationSql } from "./support/migration-sql";

// The migration that gave the invoicing address its parts, run on a table as it was before it, in a schema of its own.
const SCHEMA = "invoice_address_migration";

describe("the migration to an invoicing address in parts", () => {
  it("splits a trailing '1234 AB Plaats' into postcode and city, on its own line or not, and keeps any other address whole", async () => {
    const addresses: Record<string, string | null> = {
      lines: "Postbus 90155\n5000 LH Tilburg",
      "one line": "Postbus 90155, 5000lh Tilburg",
      "three lines": "Stadhuisplein 130\r\nAfdeling Financiën\n5038tc  Tilburg \n",
      "no postcode": "Postbus 90155, Tilburg",
      "country after": "Postbus 12\n9999 ZZ Factuurstad\nNederland",
      "only postcode and city": "5000 LH Tilburg",
      apostrophe: "Postbus 1\n5000 AA 's-Hertogenbosch",
      "several words": "  Kerkstraat 5 \n 2000 AB  Bergen op Zoom ",
      none: null,
    };
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}; SET search_path TO ${SCHEMA}`);
      await client.query(`CREATE TABLE "Municipality" ("id" TEXT PRIMARY KEY, "invoiceAddress" TEXT)`);
      for (const [id, address] of Object.entries(addresses)) await client.query(`INSERT INTO "Municipality" VALUES ($1, $2)`, [id, address]);
      await client.query(await migrationSql("invoice_address_parts"));
      const { rows } = await client.query<{ id: string; parts: (string | null)[] }>(
        `SELECT "id", ARRAY["invoiceStreet", "invoicePostcode", "invoiceCity"] AS "parts" FROM "Municipality"`,
      );
      expect(Object.fromEntries(rows.map((row) => [row.id, row.parts]))).toEqual({
        lines: ["Postbus 90155", "5000 LH", "Tilburg"],
        "one line": ["Postbus 90155", "5000 LH", "Tilburg"],
        "three lines": ["Stadhuisplein 130, Afdeling Financiën", "5038 TC", "Tilburg"],
        "no postcode": ["Postbus 90155, Tilburg", null, null],
        "country after": ["Postbus 12, 9999 ZZ Factuurstad, Nederland", null, null],
        "only postcode and city": ["5000 LH Tilburg", null, null],
        apostrophe: ["Postbus 1", "5000 AA", "'s-Hertogenbosch"],
        "several words": ["Kerkstraat 5", "2000 AB", "Bergen op Zoom"],
        none: [null, null, null],
      });
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await client.end();
    }
  });
});
