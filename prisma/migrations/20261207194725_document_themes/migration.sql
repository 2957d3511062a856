-- CreateTable
CREATE TABLE "DocumentTheme" (
    "documentId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "DocumentTheme_pkey" PRIMARY KEY ("documentId","themeId")
);

-- CreateIndex
CREATE INDEX "DocumentTheme_themeId_idx" ON "DocumentTheme"("themeId");

-- AddForeignKey
ALTER TABLE "DocumentTheme" ADD CONSTRAINT "DocumentTheme_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MeetingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentTheme" ADD CONSTRAINT "DocumentTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
