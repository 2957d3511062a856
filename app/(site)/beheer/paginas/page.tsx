import type { Metadata } from "next";
import { AdminSitePageTable } from "@/components/site-pages/admin-site-page-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { listSitePages } from "@/lib/site-pages/queries";

export const metadata: Metadata = { title: "Pagina's" };

export default async function AdminSitePagesPage() {
  await requireSecretary("/beheer/paginas");
  const pages = await listSitePages(db);
  return (
    <>
      <PageHeader title="Pagina's" intro="De teksten van de vaste pagina's van de website. Elke opgeslagen versie blijft bewaard en kan worden teruggezet." />
      <AdminSitePageTable pages={pages} />
    </>
  );
}
