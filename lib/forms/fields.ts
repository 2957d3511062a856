import { z } from "zod";

/** Fields shared by several forms, with their Dutch messages. */
export const emailField = z
  .string({ error: "Vul je e-mailadres in." })
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Een e-mailadres is hoogstens 254 tekens.")
  .toLowerCase()
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }));

export const nameField = z
  .string({ error: "Vul je naam in." })
  .trim()
  .min(2, "Vul je naam in.")
  .max(100, "Je naam is hoogstens 100 tekens.");

/** Dutch phone numbers: 10 digits starting with 0, or +31 and 9 digits; spaces and hyphens allowed. */
export const optionalPhoneField = z
  .string()
  .trim()
  .max(20, "Een telefoonnummer is hoogstens 20 tekens.")
  .refine((value) => value === "" || /^(0\d{9}|\+31\d{9})$/.test(value.replace(/[\s-]/g, "")), "Vul een geldig telefoonnummer in, bijvoorbeeld 06-12 34 56 78.")
  .optional()
  .transform((value) => value || null);

export const jobTitleField = z
  .string({ error: "Vul je functie in." })
  .trim()
  .min(2, "Vul je functie in.")
  .max(100, "Je functie is hoogstens 100 tekens.");
