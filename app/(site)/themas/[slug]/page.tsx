import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { describeDocument } from "@/lib/documents/document-types";
import { formatShortDate } from "@/lib/format/dates";
import { getTheme, loadThemePage } from "@/lib/themes/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await getTheme(db, (await params).slug);
  return theme ? { title: `Thema: ${theme.name}`, description: theme.description } : { title: "Pagina niet gevonden" };
}

/**
 * A theme's meetings, articles and documents, newest first. The documents are listed only for a reader covered this
 * year: the page depends on the reader, so it is rendered per request and not among the kept pages.
 */
export default async function ThemePage({ params }: Props) {
  const { slug } = await params;
  const user = await currentUser();
  const page = await loadThemePage(db, slug, user?.id ?? null);
  if (!page) notFound();
  const { theme, meetings, articles, documents } = page;
  return (
    <>
      <p className="mb-4 text-sm font-semibold uppercase tracking-wide text-brand-700">Thema</p>
      <PageHeader title={theme.name} intro={theme.description} />
      <section aria-labelledby="bijeenkomsten-titel" className="mb-10 max-w-3xl">
        <h2 id="bijeenkomsten-titel" className="mb-4">
          Bijeenkomsten
        </h2>
        {meetings.length === 0 ? (
          <p>Er zijn nog geen bijeenkomsten over dit thema.</p>
        ) : (
          <ul className="space-y-4">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="berichten-titel" className="mb-10 max-w-3xl">
        <h2 id="berichten-titel" className="mb-4">
          Nieuws en verslagen
        </h2>
        {articles.length === 0 ? <p>Er zijn nog geen berichten over dit thema.</p> : <ArticleList articles={articles} headingLevel={3} />}
      </section>
      <section aria-labelledby="documenten-titel" className="mb-10 max-w-3xl">
        <h2 id="documenten-titel" className="mb-4">
          Documenten
        </h2>
        {documents === null && user ? (
          <p>
            De documenten van de bijeenkomsten zijn er voor deelnemers die dit jaar meedoen. Lees hoe je kunt <Link href="/deelnemen">deelnemen</Link>.
          </p>
        ) : documents === null ? (
          <p>
            De documenten van de bijeenkomsten zijn er voor deelnemers.{" "}
            <Link href={`/inloggen?terug=${encodeURIComponent(`/themas/${theme.slug}`)}`}>Log in</Link> als je deelneemt, of lees hoe je kunt{" "}
            <Link href="/deelnemen">deelnemen</Link>.
          </p>
        ) : documents.length === 0 ? (
          <p>Er zijn nog geen documenten bij de bijeenkomsten over dit thema.</p>
        ) : (
          <ul className="space-y-2">
            {documents.map((document) => (
              <li key={document.id}>
                {/* A plain <a>: the route handler answers with a file, not a page. */}
                <a href={`/agenda/${document.meeting.slug}/documenten/${document.id}`}>{document.title}</a> ({describeDocument(document)}), bij{" "}
                <Link href={`/agenda/${document.meeting.slug}`}>{document.meeting.title}</Link> van {formatShortDate(document.meeting.startsAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/themas">Alle thema&apos;s</Link>
      </p>
    </>
  );
}
