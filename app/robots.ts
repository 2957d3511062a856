import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/config";

// SITE_URL is read when the site runs, not when it is built.
export const dynamic = "force-dynamic";

/** Search engines index the public pages; personal and admin pages stay out. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/beheer", "/mijn-gegevens", "/antwoord", "/inloggen/link", "/dev/", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
