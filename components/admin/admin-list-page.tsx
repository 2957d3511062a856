import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import type { Paged } from "@/lib/pagination/page-params";
import { Pagination } from "./pagination";
import { SearchForm } from "@/components/forms/search-form";

type Props = {
  title: string;
  intro: string;
  basePath: string;
  /** The button to a new record's form, at `${basePath}/nieuw` ("Nieuwe bijeenkomst"). */
  addLabel: string;
  searchLabel: string;
  /** The search term and the filters as the address has them: the page links and the download keep them. */
  query: { q: string } & Record<string, string>;
  /** The filters beside the search field. */
  filters: ReactNode;
  /** Offers the list, with the same search and filters, as a CSV file from `${basePath}/export`. */
  exportable?: boolean;
  list: Omit<Paged<unknown>, "items">;
  /** The table, which says itself what an empty list means. */
  children: ReactNode;
};

/** An admin list: heading, add button, search with filters, the table and the page links. */
export function AdminListPage({ title, intro, basePath, addLabel, searchLabel, query, filters, exportable = false, list, children }: Props) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <p className="mb-6">
        <Link href={`${basePath}/nieuw`} className="button">
          {addLabel}
        </Link>
      </p>
      <SearchForm action={basePath} label={searchLabel} query={query.q}>
        {filters}
      </SearchForm>
      {exportable && (
        <p className="mb-6">
          <a href={`${basePath}/export?${new URLSearchParams(query)}`}>Download deze lijst (CSV voor Excel)</a>
        </p>
      )}
      {children}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={basePath} query={query} />
    </>
  );
}
