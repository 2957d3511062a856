/**
 * The public pages served from Next.js's cache (app/(cached)): the same for every visitor. A request with a
 * session cookie is rewritten to the same page under SIGNED_IN_PREFIX (app/(personal)/ingelogd), rendered for
 * that person: their header, their answer to a meeting, the document links.
 */
export const SIGNED_IN_PREFIX = "/ingelogd";

const CACHED_PAGE =
  /^\/(?:|agenda|agenda\/[^/]+|nieuws|nieuws\/[^/]+|kernclub|over-het-netwerk|deelnemen|versnellingstraject|contact|privacy|toegankelijkheid)$/;

// Auth.js's session cookie: the __Secure- name on an https site.
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}

export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) => SESSION_COOKIES.includes(name));
}

/** Where a signed-in person's request for a cached page is rendered. */
export function signedInPathOf(pathname: string): string {
  return pathname === "/" ? SIGNED_IN_PREFIX : `${SIGNED_IN_PREFIX}${pathname}`;
}
