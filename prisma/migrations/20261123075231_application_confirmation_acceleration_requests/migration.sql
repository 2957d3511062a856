-- CreateEnum
CREATE TYPE "AccelerationRequestStatus" AS ENUM ('NEW', 'INTAKE_PLANNED', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "confirmationTokenHash" TEXT,
ADD COLUMN     "confirmedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccelerationRequest" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "userId" TEXT,
    "municipalityName" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactRole" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "question" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "conditions" JSONB NOT NULL,
    "status" "AccelerationRequestStatus" NOT NULL DEFAULT 'NEW',
    "statusNote" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmationTokenHash" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccelerationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccelerationRequest_submissionId_key" ON "AccelerationRequest"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "AccelerationRequest_confirmationTokenHash_key" ON "AccelerationRequest"("confirmationTokenHash");

-- CreateIndex
CREATE INDEX "AccelerationRequest_status_createdAt_idx" ON "AccelerationRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccelerationRequest_email_idx" ON "AccelerationRequest"("email");

-- CreateIndex
CREATE INDEX "AccelerationRequest_userId_idx" ON "AccelerationRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_confirmationTokenHash_key" ON "Application"("confirmationTokenHash");

-- AddForeignKey
ALTER TABLE "AccelerationRequest" ADD CONSTRAINT "AccelerationRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Applications whose address was confirmed after they were made keep counting as confirmed.
UPDATE "Application" a SET "confirmedAt" = u."emailVerified"
FROM "User" u
WHERE u."id" = a."userId" AND u."emailVerified" IS NOT NULL AND u."emailVerified" >= a."createdAt";
