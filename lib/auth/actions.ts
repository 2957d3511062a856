"use server";

import { db } from "../db/client";
import { type FormState, GENERIC_ERROR } from "../forms/form-state";
import { parseForm } from "../forms/parse-form";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { signOut } from "./auth";
import { requestSignInLink } from "./request-sign-in-link";
import { safeReturnPath, signInFields, signInSchema } from "./sign-in-schema";

export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(formData, signInFields, signInSchema);
  if (!form.ok) return form.state;
  const { data, values } = form;
  try {
    const result = await requestSignInLink(db, {
      email: data.email,
      client: await clientAddress(),
      returnTo: safeReturnPath(formData.get("terug")),
    });
    if (!result.allowed) {
      return { status: "error", message: `Je hebt te vaak een inloglink gevraagd. Probeer het over ${formatRetryAfter(result.retryAfterSeconds)} opnieuw.`, values };
    }
  } catch (error) {
    console.error("Inloglink aanvragen mislukt", error);
    return { status: "error", message: GENERIC_ERROR, values };
  }
  return {
    status: "success",
    message: `Als er een account is met ${data.email}, staat er binnen een paar minuten een inloglink in die mailbox. De link is 24 uur geldig en werkt één keer.`,
  };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
