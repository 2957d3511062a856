import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { FilterSelect } from "@/components/admin/filter-select";
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
        <FilterSelect
          name="status"
          label="Status"
          allLabel="Alle berichten"
          options={{ gepubliceerd: "Gepubliceerd", concept: "Niet gepubliceerd (concept)" }}
          value={status}
        />
      </SearchForm>
      <AdminArticleTable articles={result.items} />
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/beheer/nieuws" query={{ q: query, status }} />
    </>
  );
}
