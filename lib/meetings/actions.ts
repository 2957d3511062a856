"use server";

import { requireUser } from "../auth/guards";
import { db } from "../db/client";
import { type FormState, GENERIC_ERROR } from "../forms/form-state";
import { parseForm } from "../forms/parse-form";
import { setRsvp } from "./rsvp";
import { rsvpFields, rsvpSchema } from "./rsvp-schema";

const messages = {
  saved: { ATTENDING: "Genoteerd: je komt.", NOT_ATTENDING: "Genoteerd: je komt niet." },
  "not-allowed": "Als gast ben je uitgenodigd voor één bijeenkomst. Wil je vaker komen? Meld je dan aan voor dit jaar.",
  closed: "Deze bijeenkomst is voorbij of bestaat niet meer.",
} as const;

export async function rsvpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(formData, rsvpFields, rsvpSchema);
  if (!form.ok) return form.state;
  const user = await requireUser("/agenda");
  try {
    const result = await setRsvp(db, { userId: user.id, role: user.role, ...form.data });
    if (result.outcome === "saved") return { status: "success", message: messages.saved[form.data.status] };
    return { status: "error", message: messages[result.outcome] };
  } catch (error) {
    console.error("Aanwezigheid opslaan mislukt", error);
    return { status: "error", message: GENERIC_ERROR };
  }
}
