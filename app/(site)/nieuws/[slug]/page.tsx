import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/articles/markdown-body";
import { ThemeLinks } from "@/components/themes/theme-links";
import { articleKindLabels } from "@/lib/articles/article-kind";
import { getPublishedArticle } from "@/lib/articles/queries";
import { formatDateRange, formatShortDate } from "@/lib/format/dates";
import { db } from "@/lib/db/client";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle(db, (await params).slug);
  return article ? { title: article.title, description: article.summary } : { title: "Pagina niet gevonden" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublishedArticle(db, (await params).slug);
  if (!article) notFound();
  return (
    <article>
      <p className="text-sm text-neutral-700">
        {articleKindLabels[article.kind]} · <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>{formatShortDate(article.publishedOn)}</time>
      </p>
      <h1 className="mb-6 max-w-prose">{article.title}</h1>
      {article.meeting && (
        <p className="mb-6 max-w-prose rounded bg-brand-100 p-3">
          Verslag van de bijeenkomst <Link href={`/agenda/${article.meeting.slug}`}>{article.meeting.title}</Link> op{" "}
          {formatDateRange(article.meeting.startsAt, article.meeting.endsAt)}.
        </p>
      )}
      <MarkdownBody source={article.body} />
      {article.sourceNote && <p className="mt-6 max-w-prose italic">{article.sourceNote}</p>}
      <ThemeLinks themes={article.themes} />
      <p className="mt-8">
        <Link href="/nieuws">Terug naar nieuws en verslagen</Link>
      </p>
    </article>
  );
}
