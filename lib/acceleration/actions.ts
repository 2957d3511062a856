"use server";

import "server-only";

import { redirect } from "next/navigation";
import { publicAction } from "../auth/action-client";
import { db } from "../db/client";
import { refusedField } from "../forms/form-state";
import { clientAddress } from "../rate-limit/client-address";
import { formatRetryAfter } from "../rate-limit/rate-limit";
import { confirmAccelerationRequest, UNKNOWN_LINK } from "./confirm-request";
import { accelerationRequestSchema, confirmRequestSchema } from "./request-schema";
import { submitAccelerationRequest } from "./submit-request";

// Public: any municipality may ask. The request counts once the requester confirmed it through the mailed link.
export const requestAccelerationAction = publicAction(
  { schema: accelerationRequestSchema, failure: "Aanvraag versnellingstraject opslaan mislukt" },
  async ({ data, values }) => {
    const result = await submitAccelerationRequest(db, data, { client: await clientAddress() });
    if (result.outcome === "rate-limited") {
      return {
        status: "error",
        message: `Er zijn te veel aanvragen vanaf dit adres of voor dit e-mailadres. Probeer het over ${formatRetryAfter(result.retryAfterSeconds)} opnieuw.`,
        values,
      };
    }
    redirect("/versnellingstraject/ontvangen");
  },
);

// Public: the button on the page the confirmation link opens (a POST, so mail scanners opening the link confirm nothing).
export const confirmAccelerationRequestAction = publicAction(
  { schema: confirmRequestSchema, failure: "Aanvraag versnellingstraject bevestigen mislukt" },
  async ({ data }) => {
    const result = await confirmAccelerationRequest(db, data.token);
    if (result.outcome === "unknown-link") return refusedField("token", UNKNOWN_LINK);
    redirect("/versnellingstraject/bevestigd");
  },
);
