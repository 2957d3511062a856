import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";
import { siteUrl } from "../site/config";

export type SuggestedAnswer = "ja" | "nee";

/** HMAC-SHA256 over person and meeting with AUTH_SECRET: a link answers for exactly that person and meeting. */
function signatureOf(meetingId: string, userId: string): string {
  return createHmac("sha256", authSecret()).update(`meeting-answer:${meetingId}:${userId}`).digest("base64url");
}

/**
 * The personal answer link in an invitation: /antwoord/<meeting>/<person>/<signature>, optionally with the
 * answer the button in the mail suggests. Opening it records nothing (mail scanners open links): the page
 * shows the answer and records it when the person presses the button.
 */
export function answerUrl(meetingId: string, userId: string, suggested?: SuggestedAnswer): string {
  const url = `${siteUrl()}/antwoord/${encodeURIComponent(meetingId)}/${encodeURIComponent(userId)}/${signatureOf(meetingId, userId)}`;
  return suggested ? `${url}?antwoord=${suggested}` : url;
}

/** True when `signature` was made by answerUrl for this meeting and person (constant-time comparison). */
export function isValidAnswerSignature(meetingId: string, userId: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(meetingId, userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
