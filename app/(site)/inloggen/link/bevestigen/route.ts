import { cookies } from "next/headers";
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_INTENT_COOKIE, isSameOriginPost, signInIntentFor } from "@/lib/auth/sign-in-intent";
import { signInLinkSchema } from "@/lib/auth/sign-in-link-schema";
import { siteUrl } from "@/lib/site/config";

/**
 * The "Log in" button of an e-mailed link (a plain form post, so it works without JavaScript): refused unless it
 * comes from our own page, it marks this browser as the one that pressed it and sends it on to Auth.js.
 */
export async function POST(request: Request) {
  const form = await request.formData();
  const parsed = signInLinkSchema.safeParse(Object.fromEntries(["token", "email", "callbackUrl"].map((key) => [key, form.get(key) ?? undefined])));
  if (!isSameOriginPost(request) || !parsed.success) return Response.redirect(new URL("/inloggen/fout?error=Verification", siteUrl()), 303);
  const { token, email, callbackUrl } = parsed.data;
  (await cookies()).set(SIGN_IN_INTENT_COOKIE, await signInIntentFor(token), {
    httpOnly: true,
    sameSite: "strict",
    secure: siteUrl().startsWith("https:"),
    path: SIGN_IN_CALLBACK_PATH,
    maxAge: 120,
  });
  return Response.redirect(new URL(`${SIGN_IN_CALLBACK_PATH}?${new URLSearchParams({ callbackUrl, token, email })}`, siteUrl()), 303);
}
