import type { ReactNode } from "react";
import { FieldNotes } from "./field";

type Props = {
  /** The name every box shares: the action reads the ticked values as one list (listFields, idListField). */
  name: string;
  legend: ReactNode;
  hint: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode }[];
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
      <ul className={`mt-2 ${listClassName}`}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input type="checkbox" id={id} name={name} value={option.value} defaultChecked={checked(option.value)} className="mt-1.5 h-5 w-5" />
              <label htmlFor={id}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
