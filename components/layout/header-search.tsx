/**
 * The search field in every page's header: a plain GET form to /zoeken, so it works without JavaScript. Its landmark
 * has a name, so it differs from a page's own search form (axe: landmark-unique).
 */
export function HeaderSearch() {
  return (
    <form action="/zoeken" method="get" role="search" aria-label="Zoeken op de site" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        Zoeken op de site
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Zoeken"
        className="w-40 rounded border-2 border-white bg-white px-2 py-1 text-neutral-900 placeholder:text-neutral-600 sm:w-52"
      />
      <button type="submit" className="cursor-pointer rounded border-2 border-white px-3 py-1 font-semibold text-white hover:bg-brand-700">
        Zoek
      </button>
    </form>
  );
}
