-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "publicParticipant" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DirectoryEntry" (
    "userId" TEXT NOT NULL,
    "showEmail" BOOLEAN NOT NULL DEFAULT false,
    "showPhone" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectoryEntry_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "DirectoryEntryTheme" (
    "userId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "DirectoryEntryTheme_pkey" PRIMARY KEY ("userId","themeId")
);

-- CreateIndex
CREATE INDEX "DirectoryEntryTheme_themeId_idx" ON "DirectoryEntryTheme"("themeId");

-- AddForeignKey
ALTER TABLE "DirectoryEntry" ADD CONSTRAINT "DirectoryEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryEntryTheme" ADD CONSTRAINT "DirectoryEntryTheme_userId_fkey" FOREIGN KEY ("userId") REFERENCES "DirectoryEntry"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryEntryTheme" ADD CONSTRAINT "DirectoryEntryTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
