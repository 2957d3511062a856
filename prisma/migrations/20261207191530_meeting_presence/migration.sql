-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "presenceRecordedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Rsvp" ADD COLUMN     "attended" BOOLEAN NOT NULL DEFAULT false;
