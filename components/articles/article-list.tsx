import Link from "next/link";
import { articleKindLabels } from "@/lib/articles/article-kind";
import type { ArticleSummary } from "@/lib/articles/queries";
import { formatShortDate } from "@/lib/format/dates";

export function ArticleList({ articles, headingLevel = 2 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="space-y-6">
      {articles.map((article) => (
        <li key={article.id}>
          <article>
            <p className="text-sm text-neutral-700">
              {articleKindLabels[article.kind]} · <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>{formatShortDate(article.publishedOn)}</time>
            </p>
            <Heading className="text-lg font-semibold">
              <Link href={`/nieuws/${article.slug}`}>{article.title}</Link>
            </Heading>
            <p>{article.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
