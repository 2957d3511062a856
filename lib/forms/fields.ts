import { z } from "zod";

// Zod probes for eval (new Function) once to speed up parsing; our CSP forbids eval, so in the browser that probe is
// a reported violation. Parsing without it is fast enough for forms.
z.config({ jitless: true });

/** Fields shared by several forms, with their Dutch messages. */
export const emailField = z
  .string({ error: "Vul je e-mailadres in." })
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Een e-mailadres is hoogstens 254 tekens.")
  .toLowerCase()
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }));

export const nameField = plainText({ min: 2, max: 100, required: "Vul je naam in.", tooLong: "Je naam is hoogstens 100 tekens." });

/** Dutch phone numbers: 10 digits starting with 0, or +31 and 9 digits; spaces and hyphens allowed. */
export const optionalPhoneField = z
  .string()
  .trim()
  .max(20, "Een telefoonnummer is hoogstens 20 tekens.")
  .refine((value) => value === "" || /^(0\d{9}|\+31\d{9})$/.test(value.replace(/[\s-]/g, "")), "Vul een geldig telefoonnummer in, bijvoorbeeld 06-12 34 56 78.")
  .optional()
  .transform((value) => value || null);

export const jobTitleField = plainText({ min: 2, max: 100, required: "Vul je functie in.", tooLong: "Je functie is hoogstens 100 tekens." });

/** A year of the network: from 2010, when it began. */
export const yearField = z.coerce
  .number({ error: "Kies een geldig jaar." })
  .int("Kies een geldig jaar.")
  .min(2010, "Kies een jaar vanaf 2010, toen het netwerk begon.")
  .max(2100, "Kies een jaar vóór 2100.");

/** A checkbox sends "ja" when ticked and nothing otherwise. */
export const checkboxField = z
  .string()
  .optional()
  .transform((value) => value === "ja");

/** Refuses NUL and other control characters (line breaks and tabs are allowed where `multiline`). */
export function plainText({
  min = 0,
  max,
  required,
  tooLong,
  multiline = false,
}: {
  min?: number;
  max: number;
  required?: string;
  tooLong: string;
  multiline?: boolean;
}) {
  const control = multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  const base = z
    .string({ error: required ?? tooLong })
    .trim()
    .max(max, tooLong)
    .refine((value) => !control.test(value), "Gebruik alleen gewone tekens, geen besturingstekens.");
  return min > 0 ? base.refine((value) => value.length >= min, required ?? tooLong) : base;
}

/** An optional text field: empty becomes null. */
export function optionalText(max: number, tooLong: string, { multiline = false } = {}) {
  return plainText({ max, tooLong, multiline })
    .optional()
    .transform((value) => value || null);
}

/** A record id from a hidden field or a select (seeded records have readable ids such as "seed-meeting-2020-11-12-24-uursbijeenkomst-assen"). */
export const idField = (message = "Kies een geldige waarde.") =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(200, message)
    .regex(/^[A-Za-z0-9_-]+$/, message);

/** An optional record id: empty becomes null. */
export const optionalIdField = (message: string) =>
  z
    .union([z.literal(""), idField(message)])
    .optional()
    .transform((value) => value || null);

/** An optional choice from a fixed list: empty becomes null. */
export const optionalChoiceField = <const Choice extends string>(choices: readonly Choice[], message: string) =>
  z
    .enum(["", ...choices], { error: message })
    .optional()
    .transform((value) => (value || null) as Choice | null);

/**
 * Record ids from a group of checkboxes sharing one name (the action names it in `listFields`, so its values
 * arrive joined with commas): a list without repeats, empty when none is ticked.
 */
export const idListField = (message: string, max = 100) =>
  z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? "")
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(idField(message)).max(max, message));

/** A date from <input type="date">, as YYYY-MM-DD. */
export const dateField = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value), message);
