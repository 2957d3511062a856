import { siteUrl } from "../site/config";

/**
 * Auth.js writes absolute redirects on the URL Next.js gives the request, which names the host the server listens
 * on, and Next.js turns every loopback address into "localhost"; behind a proxy or on any other address the browser
 * would land where the site is not. Its redirects only ever point into the site (its redirect callback refuses
 * others), so the path is kept and the origin becomes SITE_URL's.
 */
export function redirectOnSite(response: Response): Response {
  const location = response.headers.get("location");
  if (!location) return response;
  const target = new URL(location, siteUrl());
  const headers = new Headers(response.headers);
  headers.set("location", new URL(`${target.pathname}${target.search}${target.hash}`, siteUrl()).href);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
