import { type NextRequest, NextResponse } from "next/server";
import { SIGN_IN_INTENT_COOKIE, signInIntentFor } from "@/lib/auth/sign-in-intent";
import { siteUrl } from "@/lib/site/config";

/**
 * The sign-in callback only spends a token our own "Log in" button sent. The Content-Security-Policy is set by
 * the site's server (scripts/site-server.ts), from the scripts in each page.
 */
export async function proxy(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const intent = request.cookies.get(SIGN_IN_INTENT_COOKIE)?.value;
  // Not sent by our own "Log in" button: back to the link page, which asks for the press.
  if (!token || intent !== (await signInIntentFor(token))) {
    return NextResponse.redirect(new URL(`/inloggen/link${request.nextUrl.search}`, siteUrl()));
  }
  return NextResponse.next();
}

// A literal: Next.js reads this object without running it (SIGN_IN_CALLBACK_PATH).
export const config = { matcher: ["/api/auth/callback/nodemailer"] };
