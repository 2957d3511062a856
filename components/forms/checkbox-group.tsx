import type { ReactNode } from "react";
import { Choices } from "./choices";
import { FieldNotes } from "./field";

type Props = {
  /** The name every box shares: the action reads the ticked values as one list (listFields, idListField). */
  name: string;
  legend: ReactNode;
  hint: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode; hint?: string }[];
  checked: (value: string) => boolean;
  /** Classes of the list of boxes: one under the other unless told otherwise ("grid gap-2 sm:grid-cols-2"). */
  listClassName?: string;
};

/**
 * A group of native checkboxes under one name, in a fieldset with its legend, hint and error; keyboard friendly and
 * working without JavaScript. The first box has the field's own id, so the error summary's link lands on it.
 */
export function CheckboxGroup({ name, legend, hint, error, options, checked, listClassName = "space-y-2" }: Props) {
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
      <legend className="font-semibold">{legend}</legend>
      <FieldNotes name={name} hint={hint} error={error} />
      <Choices type="checkbox" name={name} options={options} checked={checked} className={`mt-2 ${listClassName}`} />
    </fieldset>
  );
}
