import { z } from "zod";
import { emailField } from "../forms/fields";
import { safeReturnPath } from "./sign-in-schema";

/** The parameters of a sign-in link as it arrives at /inloggen/link. */
export const signInLinkSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: emailField,
  callbackUrl: z
    .string()
    .optional()
    .transform((value) => safeReturnPath(value)),
});
