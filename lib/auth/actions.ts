"use server";

import "server-only";

import { db } from "../db/client";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { publicAction } from "./action-client";
import { requestSignInLink } from "./request-sign-in-link";
import { safeReturnPath, signInSchema } from "./sign-in-schema";

export const requestSignInLinkAction = publicAction({ schema: signInSchema, failure: "Inloglink aanvragen mislukt" }, async ({ data, values, formData }) => {
  const result = await requestSignInLink(db, {
    email: data.email,
    client: await clientAddress(),
    returnTo: safeReturnPath(formData.get("terug")),
  });
  if (!result.allowed) {
    return {
      status: "error",
      message: `Je hebt te vaak een inloglink gevraagd. Probeer het over ${formatRetryAfter(result.retryAfterSeconds)} opnieuw.`,
      values,
    };
  }
  return {
    status: "success",
    message: `Als er een account is met ${data.email}, staat er binnen een paar minuten een inloglink in die mailbox. De link is 24 uur geldig en werkt één keer.`,
  };
});
