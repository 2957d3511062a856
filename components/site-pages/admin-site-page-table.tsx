import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import { sitePagePath } from "@/lib/site-pages/paths";
import type { SitePageRow } from "@/lib/site-pages/queries";

const columns: Column<SitePageRow>[] = [
  { header: "Pagina", rowHeader: true, cell: (page) => <Link href={`/beheer/paginas/${page.key}`}>{page.title}</Link> },
  { header: "Adres", cell: (page) => <Link href={sitePagePath(page.key)}>{sitePagePath(page.key)}</Link> },
  { header: "Versie", cell: (page) => page.latest?.number ?? "–" },
  {
    header: "Laatst opgeslagen",
    cell: (page) =>
      page.latest ? (
        <>
          <time dateTime={page.latest.createdAt.toISOString()}>
            {formatShortDate(page.latest.createdAt)} om {formatTime(page.latest.createdAt)}
          </time>{" "}
          door {page.latest.authorLabel}
        </>
      ) : (
        "–"
      ),
  },
];

export function AdminSitePageTable({ pages }: { pages: SitePageRow[] }) {
  return (
    <DataTable
      columns={columns}
      rows={pages}
      rowKey={(page) => page.key}
      caption="Pagina's met tekst die je zelf schrijft"
      hideCaption
      empty="Er zijn nog geen pagina's."
    />
  );
}
