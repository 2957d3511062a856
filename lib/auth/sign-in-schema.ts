import { z } from "zod";
import { emailField } from "../forms/fields";

export const signInSchema = z.object({ email: emailField });
export const signInFields = ["email"] as const;

/** Only paths on this site, so a sign-in link can't send anyone elsewhere. */
export function safeReturnPath(value: unknown, fallback = "/mijn-gegevens"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && value.length < 200 ? value : fallback;
}
