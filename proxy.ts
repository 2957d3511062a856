import { type NextRequest, NextResponse } from "next/server";
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_INTENT_COOKIE, signInIntentFor } from "@/lib/auth/sign-in-intent";
import { siteUrl } from "@/lib/site/config";
import { SIGNED_IN_PREFIX, hasSessionCookie, isCachedPage, signedInPathOf } from "@/lib/site/cached-pages";

/**
 * Signed-in people get the public pages rendered for them (lib/site/cached-pages.ts); the sign-in callback
 * only spends a token our own "Log in" button sent. The Content-Security-Policy is set by the site's server
 * (scripts/site-server.ts), from the scripts in each page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === SIGN_IN_CALLBACK_PATH) {
    const token = request.nextUrl.searchParams.get("token") ?? "";
    const intent = request.cookies.get(SIGN_IN_INTENT_COOKIE)?.value;
    // Not sent by our own "Log in" button: back to the link page, which asks for the press.
    if (!token || intent !== (await signInIntentFor(token))) {
      return NextResponse.redirect(new URL(`/inloggen/link${request.nextUrl.search}`, siteUrl()));
    }
  }
  // The signed-in copies are reached only through the rewrite below.
  if (pathname === SIGNED_IN_PREFIX || pathname.startsWith(`${SIGNED_IN_PREFIX}/`)) {
    return NextResponse.rewrite(new URL("/pagina-niet-gevonden", request.nextUrl));
  }
  if (isCachedPage(pathname) && hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) {
    const url = request.nextUrl.clone();
    url.pathname = signedInPathOf(pathname);
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

// The proxy runs only where it has work: a visitor's request for a cached page skips it and stays as fast as the
// cache. Next.js reads this object without running it (literals only), so the cached pages of
// lib/site/cached-pages.ts are spelled out here for both names of the session cookie; tests/e2e/page-cache.spec.ts
// checks every cached page, signed in and not.
export const config = {
  matcher: [
    { source: "/api/auth/callback/nodemailer" },
    { source: "/ingelogd/:path*" },
    {
      source: "/:page(agenda|nieuws|kernclub|over-het-netwerk|deelnemen|versnellingstraject|contact|privacy|toegankelijkheid)?",
      has: [{ type: "cookie", key: "authjs.session-token" }],
    },
    { source: "/:section(agenda|nieuws)/:slug", has: [{ type: "cookie", key: "authjs.session-token" }] },
    {
      source: "/:page(agenda|nieuws|kernclub|over-het-netwerk|deelnemen|versnellingstraject|contact|privacy|toegankelijkheid)?",
      has: [{ type: "cookie", key: "__Secure-authjs.session-token" }],
    },
    { source: "/:section(agenda|nieuws)/:slug", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
  ],
};
