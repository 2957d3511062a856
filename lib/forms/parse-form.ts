import type { z } from "zod";
import { type FormState, fieldErrorsOf, formValues, invalid } from "./form-state";

type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState };

/** The first step of every server action: read the form's fields and parse them with its zod schema. */
export function parseForm<S extends z.ZodType>(
  formData: FormData,
  fields: readonly string[],
  schema: S,
  listFields: readonly string[] = [],
): Parsed<z.output<S>> {
  const values = formValues(formData, fields, listFields);
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data, values } : { ok: false, state: invalid(fieldErrorsOf(parsed.error), values) };
}
