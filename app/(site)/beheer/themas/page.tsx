import type { Metadata } from "next";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { AdminThemeTable } from "@/components/themes/admin-theme-table";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { listAdminThemes } from "@/lib/themes/queries";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Thema's" };

export default async function AdminThemesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/themas");
  const params = await searchParams;
  const query = param(params, "q");
  const result = await listAdminThemes(db, { query, page: pageOf(params) });
  return (
    <>
      {param(params, "verwijderd") === "1" && <StatusMessage>Het thema is verwijderd.</StatusMessage>}
      <AdminListPage
        title="Thema's"
        intro="De thema's waar het netwerk over spreekt. Bij een bijeenkomst of bericht kies je de thema's; elk thema heeft een eigen pagina op /themas."
        basePath="/beheer/themas"
        addLabel="Nieuw thema"
        searchLabel="Zoek op naam"
        query={{ q: query }}
        filters={null}
        list={result}
      >
        <AdminThemeTable themes={result.items} />
      </AdminListPage>
    </>
  );
}
