-- DropIndex
DROP INDEX "AuditEntry_createdAt_idx";

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_id_idx" ON "AuditEntry"("createdAt", "id");
