-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "attendeeReminderDaysBefore" INTEGER;

-- AlterTable
ALTER TABLE "Rsvp" ADD COLUMN     "attendeeRemindedAt" TIMESTAMP(3);
