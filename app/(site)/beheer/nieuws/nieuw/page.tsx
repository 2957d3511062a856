import type { Metadata } from "next";
import { ArticleForm } from "@/components/articles/article-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadNewArticleForm } from "@/lib/articles/load-article-form";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Nieuw bericht" };

export default async function NewArticlePage() {
  await requireSecretary("/beheer/nieuws/nieuw");
  const { values, meetings, themes } = await loadNewArticleForm(db);
  return (
    <>
      <BackLink href="/beheer/nieuws">Terug naar alle berichten</BackLink>
      <PageHeader title="Nieuw bericht" intro="Een concept is alleen in het beheer te zien; kies Gepubliceerd om het op de website te zetten." />
      <ArticleForm initial={values} meetings={meetings} themes={themes} />
    </>
  );
}
