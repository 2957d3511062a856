import { type NextRequest, NextResponse } from "next/server";
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_INTENT_COOKIE, signInIntentFor } from "@/lib/auth/sign-in-intent";
import { contentSecurityPolicy } from "@/lib/site/content-security-policy";

/** A fresh CSP nonce per request; Next.js reads it from the request's policy header for its own scripts. */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === SIGN_IN_CALLBACK_PATH) {
    const token = request.nextUrl.searchParams.get("token") ?? "";
    const intent = request.cookies.get(SIGN_IN_INTENT_COOKIE)?.value;
    // Not sent by our own "Log in" button: back to the link page, which asks for the press.
    if (!token || intent !== (await signInIntentFor(token))) {
      return NextResponse.redirect(new URL(`/inloggen/link${request.nextUrl.search}`, request.nextUrl));
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
