"use server";

import "server-only";

import { publicAction, signedInAction } from "../auth/action-client";
import { db } from "../db/client";
import { refusedField } from "../forms/form-state";
import { hitRateLimit, tooManySaves } from "../rate-limit/rate-limit";
import { answerPerPerson } from "../rate-limit/rules";
import { invalidatePublicPages } from "../site/invalidate-public-pages";
import { isValidAnswerSignature } from "./answer-link";
import { recordAnswer, setRsvp } from "./rsvp";
import { rsvpFormState } from "./rsvp-form-state";
import { answerLinkSchema, rsvpSchema } from "./rsvp-schema";

const BAD_LINK = "Deze link klopt niet. Gebruik de link uit je uitnodiging, of log in en geef je antwoord op de pagina van de bijeenkomst.";

export const rsvpAction = signedInAction({ schema: rsvpSchema, failure: "Aanwezigheid opslaan mislukt" }, async ({ data, values, user }) => {
  const { meetingId, status, ...details } = data;
  const limit = await hitRateLimit(db, answerPerPerson, user.id);
  if (!limit.allowed) return tooManySaves(limit.retryAfterSeconds, values);
  const result = await setRsvp(db, { userId: user.id, meetingId, status, details });
  if (result.outcome === "saved") invalidatePublicPages();
  return rsvpFormState(result, values);
});

/** The answer from a signed invitation link, without signing in: the signature is checked again here. */
export const answerByLinkAction = publicAction({ schema: answerLinkSchema, failure: "Antwoord via link opslaan mislukt" }, async ({ data, values }) => {
  const { meetingId, personId, signature, status, ...details } = data;
  if (!isValidAnswerSignature(meetingId, personId, signature)) return refusedField("signature", BAD_LINK);
  const person = await db.user.count({ where: { id: personId, deactivatedAt: null } });
  if (!person) return refusedField("signature", BAD_LINK);
  const limit = await hitRateLimit(db, answerPerPerson, personId);
  if (!limit.allowed) return tooManySaves(limit.retryAfterSeconds, values);
  const result = await recordAnswer(db, { userId: personId, meetingId, status, details, keepDietaryWishes: true });
  if (result.outcome !== "saved") return rsvpFormState(result, values);
  invalidatePublicPages();
  // The answer page never shows dietary wishes again (the link may be forwarded).
  return rsvpFormState(result, { ...values, dietaryWishes: "" });
});
