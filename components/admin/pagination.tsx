import Link from "next/link";

/** Counted lists know their total; the audit log, which only grows, just knows whether more follows. */
type Extent = { pageCount: number; total: number } | { hasNext: boolean };
type Props = Extent & { page: number; basePath: string; query?: Record<string, string> };

/** Previous/next links that keep the search and filters. */
export function Pagination({ page, basePath, query = {}, ...extent }: Props) {
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
    if (target > 1) params.set("pagina", String(target));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const hasNext = "hasNext" in extent ? extent.hasNext : page < extent.pageCount;
  return (
    <nav aria-label="Paginering" className="mt-6 flex flex-wrap items-center gap-4">
      <p>{"total" in extent ? `Pagina ${page} van ${extent.pageCount} (${extent.total} in totaal)` : `Pagina ${page}`}</p>
      {page > 1 && <Link href={href(page - 1)}>Vorige pagina</Link>}
      {hasNext && <Link href={href(page + 1)}>Volgende pagina</Link>}
    </nav>
  );
}
