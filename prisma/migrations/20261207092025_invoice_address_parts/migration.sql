-- The invoicing address in parts: street and number, postcode and city (an e-invoice needs all three, NLCIUS /
-- Peppol rule NL-R-004). Written by hand: the generated migration dropped the old column and its addresses.

-- AlterTable
ALTER TABLE "Municipality" RENAME COLUMN "invoiceAddress" TO "invoiceStreet";
ALTER TABLE "Municipality" ADD COLUMN "invoicePostcode" TEXT,
ADD COLUMN "invoiceCity" TEXT;

-- An address that ends with a Dutch postcode and a place ("Postbus 90155\n5000 LH Tilburg", "Postbus 90155, 5000LH
-- Tilburg") gives postcode ("5000 LH") and city, and what comes before is the street. Any other address stays whole
-- in the street, for the secretary to complete. Lines become one, separated by commas. (No semicolons in these
-- comments: the migration engine splits statements at every one.)
WITH "split" AS (
  SELECT "id", regexp_match(
    "invoiceStreet",
    '^[[:space:]]*(.*[^[:space:],])[[:space:],]+([1-9][0-9]{3}) ?([A-Za-z]{2})[[:space:],]+([^[:space:],0-9]([^\r\n]*[^[:space:]])?)[[:space:]]*$'
  ) AS "parts"
  FROM "Municipality"
  WHERE "invoiceStreet" IS NOT NULL
)
UPDATE "Municipality" AS "m"
SET "invoiceStreet" = regexp_replace("split"."parts"[1], '[[:space:]]*[\r\n]+[[:space:]]*', ', ', 'g'),
  "invoicePostcode" = "split"."parts"[2] || ' ' || upper("split"."parts"[3]),
  "invoiceCity" = "split"."parts"[4]
FROM "split"
WHERE "m"."id" = "split"."id" AND "split"."parts" IS NOT NULL;

UPDATE "Municipality"
SET "invoiceStreet" = NULLIF(regexp_replace(btrim("invoiceStreet", E' \t\r\n'), '[[:space:]]*[\r\n]+[[:space:]]*', ', ', 'g'), '')
WHERE "invoiceStreet" IS NOT NULL AND "invoicePostcode" IS NULL;
