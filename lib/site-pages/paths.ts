/** The home page's introduction is a page record too; its key cannot be its address ("/"), so it has a name of its own. */
export const HOME_PAGE_KEY = "home";

/** The public address a page record is shown at: its key with a slash, the home page's at "/". */
export function sitePagePath(key: string): string {
  return key === HOME_PAGE_KEY ? "/" : `/${key}`;
}
