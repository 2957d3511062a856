-- CreateTable
CREATE TABLE "PageCacheInvalidation" (
    "id" BIGSERIAL NOT NULL,
    "tag" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCacheInvalidation_pkey" PRIMARY KEY ("id")
);
