import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";

/** The signed-in user, looked up once per request however many components ask (header, page, forms). */
export const currentUser = cache(async () => {
  const session = await auth();
  return session?.user ?? null;
});

/** The signed-in user, or a redirect to the sign-in page that brings them back to `returnTo`. */
export async function requireUser(returnTo = "/mijn-gegevens") {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  return user;
}
