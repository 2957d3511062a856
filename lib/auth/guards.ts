import { forbidden, redirect } from "next/navigation";
import type { UserRole } from "../db/generated/enums";
import { auth } from "./auth";

export async function currentUser() {
  const session = await auth();
  return session?.user ?? null;
}

/** The signed-in user, or a redirect to the sign-in page that brings them back to `returnTo`. */
export async function requireUser(returnTo = "/mijn-gegevens") {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireRole(roles: UserRole[], returnTo?: string) {
  const user = await requireUser(returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
}
