-- DropIndex
DROP INDEX "AccelerationRequest_submissionId_key";

-- CreateIndex
CREATE UNIQUE INDEX "AccelerationRequest_submissionId_email_key" ON "AccelerationRequest"("submissionId", "email");
