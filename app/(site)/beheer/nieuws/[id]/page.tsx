import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/components/articles/article-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadEditArticleForm } from "@/lib/articles/load-article-form";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Bericht bewerken" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const article = await requireRecord(params, "/beheer/nieuws/[id]", (id) => loadEditArticleForm(db, id));
  const created = param(await searchParams, "opgeslagen") === "1";
  return (
    <>
      <BackLink href="/beheer/nieuws">Terug naar alle berichten</BackLink>
      <PageHeader
        title={`Bericht bewerken: ${article.title}`}
        intro={
          article.published ? (
            <>
              Gepubliceerd op <Link href={`/nieuws/${article.slug}`}>/nieuws/{article.slug}</Link>.
            </>
          ) : (
            <>Concept: nog niet op de website. Het adres wordt /nieuws/{article.slug}.</>
          )
        }
      />
      {created && <p className="mb-6 rounded bg-green-100 p-4 text-green-900">Het bericht is aangemaakt.</p>}
      <ArticleForm key={article.id} articleId={article.id} initial={article.values} meetings={article.meetings} themes={article.themes} />
    </>
  );
}
