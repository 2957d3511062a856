import type { z } from "zod";

type Shape = Record<string, unknown>;

/** A form's schema: an object (zod 4 keeps `.refine` and `.superRefine` on the object), or an object piped into a `.transform`. */
export type FormSchema = z.ZodType & ({ shape: Shape } | { in: { shape: Shape } });

type ShapeOf<S extends FormSchema> = S extends { shape: infer Fields } ? Fields : S extends { in: { shape: infer Fields } } ? Fields : never;

/** The name of a field of the form, as a key of its schema. */
type FieldName<S extends FormSchema> = Extract<keyof ShapeOf<S>, string>;

/** The form fields a schema reads: the keys of its object, so the schema is the one list of a form's fields. */
export function fieldNamesOf<S extends FormSchema>(schema: S): FieldName<S>[] {
  const shape = "shape" in schema ? schema.shape : schema.in.shape;
  return Object.keys(shape) as FieldName<S>[];
}
