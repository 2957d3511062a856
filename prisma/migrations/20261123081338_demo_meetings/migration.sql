-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- Meetings the seed made up for the coming year (the source texts end in 2022).
UPDATE "Meeting" SET "demo" = true WHERE "id" LIKE 'seed-meeting-%' AND "startsAt" >= '2023-01-01';
