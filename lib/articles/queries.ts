import "server-only";
import { cache } from "react";
import type { Database } from "../db/client";

const articleSummarySelect = { id: true, slug: true, kind: true, title: true, summary: true, publishedOn: true } as const;

export function listArticles(db: Database, take?: number) {
  return db.article.findMany({
    where: { published: true },
    orderBy: { publishedOn: "desc" },
    take,
    select: articleSummarySelect,
  });
}

export type ArticleSummary = Awaited<ReturnType<typeof listArticles>>[number];

export const getPublishedArticle = cache((db: Database, slug: string) =>
  db.article.findFirst({
    where: { slug, published: true },
    select: {
      ...articleSummarySelect,
      body: true,
      sourceNote: true,
      meeting: { select: { slug: true, title: true, startsAt: true, endsAt: true } },
      themes: { orderBy: { theme: { name: "asc" } }, select: { theme: { select: { slug: true, name: true } } } },
    },
  }),
);
