/** Admin lists show this many rows a page; the database does the paging. */
export const PAGE_SIZE = 25;

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a query parameter (the first, if repeated), trimmed and bounded. */
export function param(searchParams: SearchParams, name: string): string {
  const value = searchParams[name];
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) ?? "";
}

/** The page number from `?pagina=`, at least 1. */
export function pageOf(searchParams: SearchParams): number {
  const page = Number.parseInt(param(searchParams, "pagina"), 10);
  return Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1;
}

export function pageWindow(page: number, size = PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

export function paged<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
