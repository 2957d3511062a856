"use server";

import "server-only";

import { redirect } from "next/navigation";
import { signedInAction } from "../auth/action-client";
import { signOut } from "../auth/auth";
import { db } from "../db/client";
import { GENERIC_ERROR } from "../forms/form-state";
import { hitRateLimit, tooManySaves } from "../rate-limit/rate-limit";
import { profileSavePerPerson } from "../rate-limit/rules";
import { invalidatePublicPages } from "../site/invalidate-public-pages";
import { deleteAccount } from "./delete-account";
import { deleteAccountSchema, profileSchema } from "./profile-schema";

export const updateProfileAction = signedInAction({ schema: profileSchema, failure: "Gegevens opslaan mislukt" }, async ({ data, values, user }) => {
  const limit = await hitRateLimit(db, profileSavePerPerson, user.id);
  if (!limit.allowed) return tooManySaves(limit.retryAfterSeconds, values);
  await db.user.update({ where: { id: user.id }, data });
  invalidatePublicPages();
  return { status: "success", message: "Je gegevens zijn opgeslagen.", values };
});

export const deleteAccountAction = signedInAction({ schema: deleteAccountSchema }, async ({ user }) => {
  // Sign out first (session and cookie), then delete: deleting first would leave Auth.js a session to end that is gone.
  await signOut({ redirect: false });
  try {
    await deleteAccount(db, user.id);
  } catch (error) {
    console.error("Account verwijderen mislukt", error);
    return { status: "error", message: `${GENERIC_ERROR} Je bent uitgelogd; log opnieuw in om het nog eens te proberen.` };
  }
  invalidatePublicPages();
  redirect("/account-verwijderd");
});
