import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { AdminArticleTable } from "@/components/articles/admin-article-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { isStatusFilter, listAdminArticles } from "@/lib/articles/list-admin-articles";
import { db } from "@/lib/db/client";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Nieuws" };

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/nieuws");
  const params = await searchParams;
  const query = param(params, "q");
  const statusParam = param(params, "status");
  const status = isStatusFilter(statusParam) ? statusParam : "";
  const result = await listAdminArticles(db, { query, status, page: pageOf(params) });
  return (
    <>
      <PageHeader title="Nieuws" intro="Nieuwsberichten, interviews en verslagen, ook de concepten." />
      <p className="mb-6">
        <Link href="/beheer/nieuws/nieuw" className="button">
          Nieuw bericht
        </Link>
      </p>
      <SearchForm action="/beheer/nieuws" label="Zoek op titel" query={query}>
        <div>
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={status} className="mt-1 rounded border-2 border-neutral-700 px-3 py-2">
            <option value="">Alle berichten</option>
            <option value="gepubliceerd">Gepubliceerd</option>
            <option value="concept">Niet gepubliceerd (concept)</option>
          </select>
        </div>
      </SearchForm>
      <AdminArticleTable articles={result.items} />
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/beheer/nieuws" query={{ q: query, status }} />
    </>
  );
}
