"use server";

import { redirect } from "next/navigation";
import { db } from "../db/client";
import { type FormState, formValues, GENERIC_ERROR, invalid } from "../forms/form-state";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { signUpFields, signUpSchema } from "./sign-up-schema";
import { submitApplication } from "./submit-application";

// Public: anyone may apply. What the applicant can't choose (role, fee, approval) is decided on the server.
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, signUpFields);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let result;
  try {
    result = await submitApplication(db, parsed.data, { client: await clientAddress() });
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
