-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "admissionDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "admittedAt" TIMESTAMP(3);

-- Everyone a member's rights reached before this migration stays admitted: the secretaries, people without a
-- sign-up of their own (added by the secretary or seeded) and people with an approved sign-up. Only people whose
-- sign-ups all wait or were rejected are not: what they chose on the form stays a claim.
UPDATE "User" AS "u"
SET "admittedAt" = COALESCE(
  (SELECT min("a"."decidedAt") FROM "Application" AS "a" WHERE "a"."userId" = "u"."id" AND "a"."status" = 'APPROVED'),
  "u"."createdAt"
)
WHERE "u"."role" = 'SECRETARY'
  OR NOT EXISTS (SELECT 1 FROM "Application" AS "a" WHERE "a"."userId" = "u"."id")
  OR EXISTS (SELECT 1 FROM "Application" AS "a" WHERE "a"."userId" = "u"."id" AND "a"."status" = 'APPROVED');
