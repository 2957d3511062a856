import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/config";

/** Search engines index the public pages; personal and admin pages stay out. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/beheer", "/mijn-gegevens", "/antwoord", "/inloggen/link", "/dev/", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
