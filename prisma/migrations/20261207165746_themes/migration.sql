-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTheme" (
    "meetingId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "MeetingTheme_pkey" PRIMARY KEY ("meetingId","themeId")
);

-- CreateTable
CREATE TABLE "ArticleTheme" (
    "articleId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ArticleTheme_pkey" PRIMARY KEY ("articleId","themeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_name_key" ON "Theme"("name");

-- CreateIndex
CREATE INDEX "MeetingTheme_themeId_idx" ON "MeetingTheme"("themeId");

-- CreateIndex
CREATE INDEX "ArticleTheme_themeId_idx" ON "ArticleTheme"("themeId");

-- AddForeignKey
ALTER TABLE "MeetingTheme" ADD CONSTRAINT "MeetingTheme_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTheme" ADD CONSTRAINT "MeetingTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTheme" ADD CONSTRAINT "ArticleTheme_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTheme" ADD CONSTRAINT "ArticleTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
