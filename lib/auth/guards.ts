import { forbidden, notFound, redirect } from "next/navigation";
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

/** For every page under /beheer: anonymous visitors go to sign in, others without the role get 403 "Geen toegang". */
export async function requireSecretary(returnTo: string) {
  const user = await requireUser(returnTo);
  if (user.role !== "SECRETARY") forbidden();
  return user;
}

/**
 * The record an admin page is about, the page's route given as "/beheer/nieuws/[id]": for the secretary only, and
 * "not found" when there is no such record.
 */
export async function requireRecord<T>(params: Promise<{ id: string }>, route: string, load: (id: string) => Promise<T | null>): Promise<T> {
  const { id } = await params;
  await requireSecretary(route.replace("[id]", encodeURIComponent(id)));
  const record = await load(id);
  if (!record) notFound();
  return record;
}
