import type { IncomingMessage } from "node:http";

/**
 * The one list of public pages the site's server keeps (page-store.ts) and serves to everyone, with each signed-in
 * reader's personal parts put in (fill-personal-parts.ts). Every other address is Next.js's alone.
 * tests/unit/cached-pages.test.ts checks each entry has its page under app/(site).
 */
export const CACHED_PAGES = [
  "/",
  "/agenda",
  "/agenda/[slug]",
  "/nieuws",
  "/nieuws/[slug]",
  "/kernclub",
  "/over-het-netwerk",
  "/deelnemen",
  "/versnellingstraject",
  "/contact",
  "/privacy",
  "/toegankelijkheid",
] as const;

const CACHED_PAGE = new RegExp(`^(?:${CACHED_PAGES.map((page) => page.replace("[slug]", "[^/]+")).join("|")})$`);

// Auth.js's session cookie: the __Secure- name on an https site.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// Requests Next.js must see: client navigation and prefetches, server actions, conditional requests.
const NEXT_ONLY_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "if-none-match"];

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}

/** The path of a plain GET or HEAD of a cached page (anyone's), or undefined for anything Next.js must answer. */
export function cachedPageOf(request: IncomingMessage): string | undefined {
  const path = request.url ?? "";
  if ((request.method !== "GET" && request.method !== "HEAD") || path.includes("?") || !isCachedPage(path)) return undefined;
  if (NEXT_ONLY_HEADERS.some((header) => header in request.headers)) return undefined;
  return path;
}

/** The session cookie's value in a Cookie header, or undefined without one. */
export function sessionTokenIn(cookieHeader: string | undefined): string | undefined {
  for (const cookie of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = cookie.split("=");
    if (SESSION_COOKIES.includes(name!.trim())) return value.join("=").trim();
  }
  return undefined;
}
