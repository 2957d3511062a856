-- CreateEnum
CREATE TYPE "MeetingDays" AS ENUM ('BOTH', 'FIRST_DAY', 'SECOND_DAY');

-- AlterEnum
ALTER TYPE "RsvpStatus" ADD VALUE 'WAITLISTED';

-- AlterTable
ALTER TABLE "Rsvp" ADD COLUMN     "days" "MeetingDays",
ADD COLUMN     "dietaryWishes" TEXT,
ADD COLUMN     "dinner" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "overnight" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "waitlistedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "attachments" JSONB,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "template" TEXT,
ADD COLUMN     "templateData" JSONB,
ALTER COLUMN "html" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "answerDeadline" TIMESTAMPTZ(3),
ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "capacity" INTEGER,
ADD COLUMN     "dinnerCapacity" INTEGER,
ADD COLUMN     "overnightCapacity" INTEGER,
ADD COLUMN     "reminderDaysBefore" INTEGER;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sentSequence" INTEGER NOT NULL DEFAULT 0,
    "lastMailId" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_meetingId_userId_key" ON "Invitation"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_idempotencyKey_key" ON "OutboxMail"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMail_meetingId_idx" ON "OutboxMail"("meetingId");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
