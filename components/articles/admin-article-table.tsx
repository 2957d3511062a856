import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { articleKindLabels } from "@/lib/articles/article-kind";
import type { AdminArticleRow } from "@/lib/articles/list-admin-articles";
import { formatShortDate } from "@/lib/format/dates";

const columns: Column<AdminArticleRow>[] = [
  { header: "Titel", cell: (article) => <Link href={`/beheer/nieuws/${article.id}`}>{article.title}</Link> },
  { header: "Soort", cell: (article) => articleKindLabels[article.kind] },
  {
    header: "Publicatiedatum",
    cell: (article) => <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>{formatShortDate(article.publishedOn)}</time>,
  },
  { header: "Status", cell: (article) => (article.published ? "Gepubliceerd" : "Concept") },
];

export function AdminArticleTable({ articles }: { articles: AdminArticleRow[] }) {
  return <DataTable columns={columns} rows={articles} caption="Berichten, nieuwste eerst" hideCaption empty="Geen berichten gevonden." />;
}
