import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { MailingTable } from "@/components/mailings/mailing-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { listMailings } from "@/lib/mailings/queries";
import { pageOf, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Berichten" };

export default async function MailingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/berichten");
  const page = pageOf(await searchParams);
  const mailings = await listMailings(db, page);
  return (
    <>
      <PageHeader
        title="Berichten"
        intro="Korte berichten aan deelnemers tussen de bijeenkomsten door: aan iedereen die dit jaar meedoet, een gemeente, de kernclub of de mensen van één bijeenkomst."
      />
      <p className="mb-6">
        <Link href="/beheer/berichten/nieuw" className="button">
          Nieuw bericht
        </Link>
      </p>
      <MailingTable mailings={mailings.items} />
      {mailings.pageCount > 1 && <Pagination page={page} pageCount={mailings.pageCount} total={mailings.total} basePath="/beheer/berichten" />}
    </>
  );
}
