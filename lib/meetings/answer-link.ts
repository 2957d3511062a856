import { isSignatureOf, signatureOf } from "../auth/signature";
import { siteUrl } from "../site/config";

export type SuggestedAnswer = "ja" | "nee";

/** Signed over person and meeting: a link answers for exactly that person and meeting. */
const answerMessage = (meetingId: string, userId: string) => `meeting-answer:${meetingId}:${userId}`;

/**
 * The personal answer link in an invitation: /antwoord/<meeting>/<person>/<signature>, optionally with the
 * answer the button in the mail suggests. Opening it records nothing (mail scanners open links): the page
 * shows the answer and records it when the person presses the button.
 */
export function answerUrl(meetingId: string, userId: string, suggested?: SuggestedAnswer): string {
  const url = `${siteUrl()}/antwoord/${encodeURIComponent(meetingId)}/${encodeURIComponent(userId)}/${signatureOf(answerMessage(meetingId, userId))}`;
  return suggested ? `${url}?antwoord=${suggested}` : url;
}

/** True when `signature` was made by answerUrl for this meeting and person (constant-time comparison). */
export function isValidAnswerSignature(meetingId: string, userId: string, signature: string): boolean {
  return isSignatureOf(answerMessage(meetingId, userId), signature);
}
