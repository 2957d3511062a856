"use server";

import { redirect } from "next/navigation";
import { db } from "../db/client";
import { type FormState, GENERIC_ERROR } from "../forms/form-state";
import { parseForm } from "../forms/parse-form";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { signUpFields, signUpSchema } from "./sign-up-schema";
import { submitApplication } from "./submit-application";

// Public: anyone may apply. What the applicant can't choose (role, fee, approval) is decided on the server.
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(formData, signUpFields, signUpSchema);
  if (!form.ok) return form.state;
  const { data, values } = form;
  let result;
  try {
    result = await submitApplication(db, data, { client: await clientAddress() });
  } catch (error) {
    console.error("Aanmelding opslaan mislukt", error);
    return { status: "error", message: GENERIC_ERROR, values };
  }
  if (result.outcome === "rate-limited") {
    return { status: "error", message: `Er zijn te veel aanmeldingen vanaf dit adres of voor dit e-mailadres. Probeer het over ${formatRetryAfter(result.retryAfterSeconds)} opnieuw.`, values };
  }
  if (result.outcome === "invalid") return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: result.fieldErrors, values };
  redirect("/aanmelden/ontvangen");
}
