import Link from "next/link";
import { articleKindLabels } from "@/lib/articles/article-kind";
import type { AdminArticleRow } from "@/lib/articles/list-admin-articles";
import { formatShortDate } from "@/lib/format/dates";

export function AdminArticleTable({ articles }: { articles: AdminArticleRow[] }) {
  if (!articles.length) return <p>Geen berichten gevonden.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Berichten, nieuwste eerst</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Titel
            </th>
            <th scope="col" className="py-2 pr-4">
              Soort
            </th>
            <th scope="col" className="py-2 pr-4">
              Publicatiedatum
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} className="border-b border-neutral-300">
              <td className="py-2 pr-4">
                <Link href={`/beheer/nieuws/${article.id}`}>{article.title}</Link>
              </td>
              <td className="py-2 pr-4">{articleKindLabels[article.kind]}</td>
              <td className="py-2 pr-4">
                <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>{formatShortDate(article.publishedOn)}</time>
              </td>
              <td className="py-2">{article.published ? "Gepubliceerd" : "Concept"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
