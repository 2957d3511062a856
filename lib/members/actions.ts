"use server";

import "server-only";

import { redirect } from "next/navigation";
import { publicAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid } from "../forms/form-state";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { signUpSchema } from "./sign-up-schema";
import { submitApplication } from "./submit-application";

// Public: anyone may apply. What the applicant can't choose (role, fee, approval) is decided on the server.
export const signUpAction = publicAction({ schema: signUpSchema, failure: "Aanmelding opslaan mislukt" }, async ({ data, values }) => {
  const result = await submitApplication(db, data, { client: await clientAddress() });
  if (result.outcome === "rate-limited") {
    return {
      status: "error",
      message: `Er zijn te veel aanmeldingen vanaf dit adres of voor dit e-mailadres. Probeer het over ${formatRetryAfter(result.retryAfterSeconds)} opnieuw.`,
      values,
    };
  }
  if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
  redirect("/aanmelden/ontvangen");
});
