"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "../auth/auth";
import { requireUser } from "../auth/guards";
import { db } from "../db/client";
import { type FormState, GENERIC_ERROR } from "../forms/form-state";
import { parseForm } from "../forms/parse-form";
import { deleteAccount } from "./delete-account";
import { deleteAccountFields, deleteAccountSchema, profileFields, profileSchema } from "./profile-schema";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(formData, profileFields, profileSchema);
  if (!form.ok) return form.state;
  const { data, values } = form;
  const user = await requireUser();
  try {
    await db.user.update({ where: { id: user.id }, data });
  } catch (error) {
    console.error("Gegevens opslaan mislukt", error);
    return { status: "error", message: GENERIC_ERROR, values };
  }
  revalidatePath("/mijn-gegevens");
  return { status: "success", message: "Je gegevens zijn opgeslagen.", values };
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(formData, deleteAccountFields, deleteAccountSchema);
  if (!form.ok) return form.state;
  const user = await requireUser();
  // Sign out first (session and cookie), then delete: deleting first would leave Auth.js a session to end that is gone.
  await signOut({ redirect: false });
  try {
    await deleteAccount(db, user.id);
  } catch (error) {
    console.error("Account verwijderen mislukt", error);
    return { status: "error", message: `${GENERIC_ERROR} Je bent uitgelogd; log opnieuw in om het nog eens te proberen.` };
  }
  redirect("/account-verwijderd");
}
