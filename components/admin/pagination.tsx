import Link from "next/link";

type Props = { page: number; pageCount: number; total: number; basePath: string; query?: Record<string, string> };

/** Previous/next links that keep the search and filters; the count says how many rows there are in all. */
export function Pagination({ page, pageCount, total, basePath, query = {} }: Props) {
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
    if (target > 1) params.set("pagina", String(target));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <nav aria-label="Paginering" className="mt-6 flex flex-wrap items-center gap-4">
      <p>
        Pagina {page} van {pageCount} ({total} in totaal)
      </p>
      {page > 1 && <Link href={href(page - 1)}>Vorige pagina</Link>}
      {page < pageCount && <Link href={href(page + 1)}>Volgende pagina</Link>}
    </nav>
  );
}
