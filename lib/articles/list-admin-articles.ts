import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { paged, pageWindow } from "../pagination/page-params";

export const articleStatusFilters = { gepubliceerd: true, concept: false } as const;
export type ArticleStatusFilter = keyof typeof articleStatusFilters;

export function isStatusFilter(value: string): value is ArticleStatusFilter {
  return value in articleStatusFilters;
}

/** All articles for the secretary, drafts too, newest first; searched and paged in the database (two queries). */
export async function listAdminArticles(db: Database, { query, status, page }: { query: string; status: ArticleStatusFilter | ""; page: number }) {
  const where: Prisma.ArticleWhereInput = {
    ...(query ? { title: { contains: query, mode: "insensitive" } } : {}),
    ...(status ? { published: articleStatusFilters[status] } : {}),
  };
  const [items, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ publishedOn: "desc" }, { createdAt: "desc" }],
      ...pageWindow(page),
      select: { id: true, title: true, kind: true, publishedOn: true, published: true },
    }),
    db.article.count({ where }),
  ]);
  return paged(items, total, page);
}

export type AdminArticleRow = Awaited<ReturnType<typeof listAdminArticles>>["items"][number];
