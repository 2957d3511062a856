import type { z } from "zod";

/** What every server action returns to its form. */
export type FormState = {
  status: "idle" | "error" | "success";
  /** A message for the whole form (success, rate limit, unexpected failure). */
  message?: string;
  /** One Dutch message per field name. */
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a failed form shows it again. */
  values?: Record<string, string>;
};

export const idleState: FormState = { status: "idle" };

export const GENERIC_ERROR = "Er ging iets mis aan onze kant. Je gegevens zijn niet verloren: probeer het over een paar minuten opnieuw.";

/** Longer than any field's own limit (an article body is at most 50,000 characters), so schemas see the whole text. */
const FIELD_READ_LIMIT = 100_000;

/** A list field (checkboxes sharing one name) arrives as its values joined with this; see idListField in fields.ts. */
export const LIST_SEPARATOR = ",";

/**
 * The submitted text fields (files and unknown fields are ignored by the schema later). A field in `listFields`
 * may come several times (a group of checkboxes): its values are joined with LIST_SEPARATOR into one string.
 */
export function formValues(formData: FormData, fields: readonly string[], listFields: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    if (listFields.includes(field)) {
      const all = formData.getAll(field).filter((value): value is string => typeof value === "string");
      // Always set, empty when none is ticked: a form shown again then shows none ticked, not its first state.
      values[field] = all.join(LIST_SEPARATOR).slice(0, FIELD_READ_LIMIT);
      continue;
    }
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, FIELD_READ_LIMIT);
  }
  return values;
}

/** The first message per field of a failed zod parse. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A form refused for what is in its fields: the messages show at those fields. */
export function invalid(fieldErrors: Record<string, string>, values?: Record<string, string>): FormState {
  return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors, values };
}

/** A refusal that concerns the record behind a (hidden) field: gone, already done, not possible now. */
export function refusedField(field: string, message: string, values?: Record<string, string>): FormState {
  return { status: "error", message, fieldErrors: { [field]: message }, values };
}
