import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { PageHeader } from "@/components/ui/page-header";
import { listArticles } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";

export const metadata: Metadata = {
  title: "Nieuws en verslagen",
  description: "Interviews, verslagen van bijeenkomsten en nieuws van het Wmo transformatienetwerk.",
};

export default async function NewsPage() {
  const articles = await listArticles(db);
  return (
    <>
      <PageHeader title="Nieuws en verslagen" intro="Interviews en verslagen van de bijeenkomsten van het netwerk." />
      {articles.length === 0 ? <p>Er zijn nog geen berichten.</p> : <ArticleList articles={articles} />}
    </>
  );
}
