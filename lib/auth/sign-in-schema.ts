import { z } from "zod";
import { emailField } from "../forms/fields";

export const signInSchema = z.object({ email: emailField });

/**
 * Only paths on this site, so a sign-in link can't send anyone elsewhere. Browsers read "/\evil.com" as
 * "//evil.com" and drop tabs and line breaks, so backslashes and control characters are refused outright.
 */
export function safeReturnPath(value: unknown, fallback = "/mijn-gegevens"): string {
  if (typeof value !== "string" || value.length >= 200) return fallback;
  return /^\/(?![/\\])/.test(value) && !/[\\\u0000-\u001f\u007f]/.test(value) ? value : fallback;
}
