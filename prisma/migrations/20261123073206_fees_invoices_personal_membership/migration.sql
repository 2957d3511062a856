-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- AlterEnum
ALTER TYPE "FeeStatus" ADD VALUE 'CREDITED';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "leavingAfterYear" INTEGER,
ADD COLUMN     "oin" TEXT,
ADD COLUMN     "purchaseOrderNumber" TEXT,
ADD COLUMN     "wantsEInvoice" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "FeeRecord" ADD COLUMN     "paidOn" DATE,
ADD COLUMN     "remindedAt" TIMESTAMP(3),
ADD COLUMN     "reminderCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "waivedReason" TEXT;

-- CreateTable
CREATE TABLE "PersonalMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "feeRecordId" TEXT NOT NULL,
    "creditsInvoiceId" TEXT,
    "issuedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "description" TEXT NOT NULL,
    "reason" TEXT,
    "buyer" JSONB NOT NULL,
    "seller" JSONB NOT NULL,
    "withEInvoice" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceSequence" (
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "InvoiceSequence_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "PersonalMembership_userId_year_key" ON "PersonalMembership"("userId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_creditsInvoiceId_key" ON "Invoice"("creditsInvoiceId");

-- CreateIndex
CREATE INDEX "Invoice_feeRecordId_idx" ON "Invoice"("feeRecordId");

-- CreateIndex
CREATE INDEX "FeeRecord_year_status_idx" ON "FeeRecord"("year", "status");

-- AddForeignKey
ALTER TABLE "PersonalMembership" ADD CONSTRAINT "PersonalMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_feeRecordId_fkey" FOREIGN KEY ("feeRecordId") REFERENCES "FeeRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditsInvoiceId_fkey" FOREIGN KEY ("creditsInvoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- People of ministries, the VNG and other organisations approved for a year keep that year's rights.
INSERT INTO "PersonalMembership" ("id", "userId", "year")
SELECT 'pm_' || a."id", a."userId", a."year"
FROM "Application" a JOIN "User" u ON u."id" = a."userId"
WHERE a."status" = 'APPROVED' AND a."participation" = 'THIS_YEAR'
  AND (u."organisationType" IS NULL OR u."organisationType" <> 'MUNICIPALITY')
ON CONFLICT DO NOTHING;
