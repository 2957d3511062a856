import type { Metadata } from "next";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { FilterSelect } from "@/components/admin/filter-select";
import { AdminArticleTable } from "@/components/articles/admin-article-table";
import { requireSecretary } from "@/lib/auth/guards";
import { isStatusFilter, listAdminArticles } from "@/lib/articles/list-admin-articles";
import { db } from "@/lib/db/client";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Nieuws" };

const statusOptions = { gepubliceerd: "Gepubliceerd", concept: "Niet gepubliceerd (concept)" };

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/nieuws");
  const params = await searchParams;
  const query = param(params, "q");
  const statusParam = param(params, "status");
  const status = isStatusFilter(statusParam) ? statusParam : "";
  const result = await listAdminArticles(db, { query, status, page: pageOf(params) });
  return (
    <AdminListPage
      title="Nieuws"
      intro="Nieuwsberichten, interviews en verslagen, ook de concepten."
      basePath="/beheer/nieuws"
      addLabel="Nieuw bericht"
      searchLabel="Zoek op titel"
      query={{ q: query, status }}
      filters={<FilterSelect name="status" label="Status" allLabel="Alle berichten" options={statusOptions} value={status} />}
      list={result}
    >
      <AdminArticleTable articles={result.items} />
    </AdminListPage>
  );
}
