-- CreateTable
CREATE TABLE "SitePage" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SitePageVersion" (
    "id" TEXT NOT NULL,
    "pageKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SitePageVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SitePageVersion_authorId_idx" ON "SitePageVersion"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "SitePageVersion_pageKey_number_key" ON "SitePageVersion"("pageKey", "number");

-- AddForeignKey
ALTER TABLE "SitePageVersion" ADD CONSTRAINT "SitePageVersion_pageKey_fkey" FOREIGN KEY ("pageKey") REFERENCES "SitePage"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SitePageVersion" ADD CONSTRAINT "SitePageVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
