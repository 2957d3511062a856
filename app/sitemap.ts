import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/site/list-sitemap-entries";
import { db } from "@/lib/db/client";

// Read per request, like every page: a new meeting or article is in the sitemap at once.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries(db);
}
