-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "mailingId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailingsOffAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Mailing" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "documentId" TEXT,
    "audience" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "recipientCount" INTEGER,

    CONSTRAINT "Mailing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mailing_createdAt_idx" ON "Mailing"("createdAt");

-- CreateIndex
CREATE INDEX "Mailing_authorId_idx" ON "Mailing"("authorId");

-- CreateIndex
CREATE INDEX "Mailing_documentId_idx" ON "Mailing"("documentId");

-- CreateIndex
CREATE INDEX "OutboxMail_mailingId_status_idx" ON "OutboxMail"("mailingId", "status");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_mailingId_fkey" FOREIGN KEY ("mailingId") REFERENCES "Mailing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mailing" ADD CONSTRAINT "Mailing_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mailing" ADD CONSTRAINT "Mailing_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
