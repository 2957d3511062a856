import { Field, type FieldProps, inputClass } from "./field";

type Props = FieldProps & { options: { value: string; label: string }[]; placeholder: string; defaultValue?: string };

export function SelectField({ options, placeholder, defaultValue, ...field }: Props) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} defaultValue={defaultValue ?? ""} className={inputClass}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
