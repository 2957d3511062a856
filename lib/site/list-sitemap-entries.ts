import { listArticles } from "../articles/queries";
import { listMeetingsForCalendar } from "../meetings/queries";
import { siteUrl } from "./config";
import { listThemeSlugs } from "../themes/queries";
import { mainNavigation } from "./navigation";
import type { Database } from "../db/client";

const otherPublicPages = ["/", "/themas", "/aanmelden", "/inloggen", "/privacy", "/toegankelijkheid"];

/** Every public page for sitemap.xml: the fixed pages, every published meeting, every published article and every theme. */
export async function listSitemapEntries(db: Database) {
  const [meetings, articles, themes] = await Promise.all([listMeetingsForCalendar(db), listArticles(db), listThemeSlugs(db)]);
  const base = siteUrl();
  return [
    ...[...otherPublicPages, ...mainNavigation.map((item) => item.href)].map((path) => ({ url: `${base}${path === "/" ? "" : path}` })),
    ...meetings.map((meeting) => ({ url: `${base}/agenda/${meeting.slug}`, lastModified: meeting.updatedAt })),
    ...articles.map((article) => ({ url: `${base}/nieuws/${article.slug}`, lastModified: article.publishedOn })),
    ...themes.map((theme) => ({ url: `${base}/themas/${theme.slug}`, lastModified: theme.updatedAt })),
  ];
}
