"use server";

import { signedInAction } from "../auth/action-client";
import { db } from "../db/client";
import { setRsvp } from "./rsvp";
import { rsvpFields, rsvpSchema } from "./rsvp-schema";

const messages = {
  saved: { ATTENDING: "Genoteerd: je komt.", NOT_ATTENDING: "Genoteerd: je komt niet." },
  "not-allowed": "Als gast ben je uitgenodigd voor één bijeenkomst. Wil je vaker komen? Meld je dan aan voor dit jaar.",
  closed: "Deze bijeenkomst is voorbij of bestaat niet meer.",
} as const;

export const rsvpAction = signedInAction({ schema: rsvpSchema, fields: rsvpFields, failure: "Aanwezigheid opslaan mislukt" }, async ({ data, user }) => {
  const result = await setRsvp(db, { userId: user.id, role: user.role, ...data });
  if (result.outcome === "saved") return { status: "success", message: messages.saved[data.status] };
  return { status: "error", message: messages[result.outcome] };
});
