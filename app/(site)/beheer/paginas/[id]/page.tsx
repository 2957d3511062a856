import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SitePageForm } from "@/components/site-pages/site-page-form";
import { SitePageVersions } from "@/components/site-pages/site-page-versions";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { placeholderValues } from "@/lib/site-pages/fill-placeholders";
import { sitePagePath } from "@/lib/site-pages/paths";
import { type PlaceholderValue, placeholders } from "@/lib/site-pages/placeholders";
import { loadSitePageEditor } from "@/lib/site-pages/queries";
import { BackLink } from "@/components/ui/back-link";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Pagina bewerken" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** A setting's value as it is now, or a list's items. */
function PlaceholderNow({ value }: { value: PlaceholderValue }) {
  if (!value.length) return "(leeg)";
  if (typeof value === "string") return <strong>{value}</strong>;
  return (
    <ol className="mt-1 list-decimal pl-6">
      {value.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ol>
  );
}

export default async function EditSitePagePage({ params, searchParams }: Props) {
  const { id: key } = await params;
  await requireSecretary(`/beheer/paginas/${key}`);
  const page = await loadSitePageEditor(db, key);
  if (!page) notFound();
  const query = await searchParams;
  const saved = param(query, "opgeslagen");
  const restored = param(query, "teruggezet");
  const values = placeholderValues();
  return (
    <>
      <BackLink href="/beheer/paginas">Terug naar alle pagina&apos;s</BackLink>
      <PageHeader
        title={`Pagina bewerken: ${page.title}`}
        intro={
          <>
            Op de website: <Link href={sitePagePath(page.key)}>{sitePagePath(page.key)}</Link>. Wat je opslaat staat er meteen.
          </>
        }
      />
      {saved && <StatusMessage>De pagina is opgeslagen als versie {saved}.</StatusMessage>}
      {restored && <StatusMessage>De eerdere tekst is teruggezet als versie {restored}.</StatusMessage>}
      <section aria-labelledby="plaatshouders-titel" className="mb-8 max-w-3xl">
        <h2 id="plaatshouders-titel">Plaatshouders</h2>
        <p className="mt-2">Deze waarden komen uit de instellingen van de site. Schrijf ze zo in de tekst; de pagina toont de waarde van dat moment.</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {placeholders.map((placeholder) => (
            <div key={placeholder.name} className="contents">
              <dt>
                <code>{`{{${placeholder.name}}}`}</code>
              </dt>
              <dd>
                {placeholder.description}. Nu: <PlaceholderNow value={values[placeholder.name]} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {/* A new version (saved here, restored, or saved by someone else) opens the form anew on it. */}
      <SitePageForm
        key={page.latestVersionId}
        pageKey={page.key}
        baseVersionId={page.latestVersionId}
        initial={{ title: page.title, intro: page.intro, body: page.body }}
        placeholderValues={values}
      />
      <section aria-labelledby="versies-titel" className="mt-12">
        <h2 id="versies-titel">Versies</h2>
        <div className="mt-4">
          <SitePageVersions pageKey={page.key} versions={page.versions} />
        </div>
      </section>
    </>
  );
}
