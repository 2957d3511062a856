/**
 * The public pages served from Next.js's cache (app/(cached)): the same for every visitor. A request with a
 * session cookie is rewritten to the same page under SIGNED_IN_PREFIX (app/(personal)/ingelogd), rendered for
 * that person: their header, their answer to a meeting, the document links.
 */
export const SIGNED_IN_PREFIX = "/ingelogd";

const CACHED_PAGE =
  /^\/(?:|agenda|agenda\/[^/]+|nieuws|nieuws\/[^/]+|kernclub|over-het-netwerk|deelnemen|versnellingstraject|contact|privacy|toegankelijkheid)$/;

// Auth.js's session cookie: the __Secure- name on an https site.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}

/** The session cookie's value in a Cookie header, or undefined without one (for the site's own Node server). */
export function sessionTokenIn(cookieHeader: string | undefined): string | undefined {
  for (const cookie of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = cookie.split("=");
    if (SESSION_COOKIES.includes(name!.trim())) return value.join("=").trim();
  }
  return undefined;
}

export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) => SESSION_COOKIES.includes(name));
}

/** Where a signed-in person's request for a cached page is rendered. */
export function signedInPathOf(pathname: string): string {
  return pathname === "/" ? SIGNED_IN_PREFIX : `${SIGNED_IN_PREFIX}${pathname}`;
}
