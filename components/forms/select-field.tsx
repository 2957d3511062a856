import { Field, inputClass } from "./field";

type Props = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  placeholder: string;
  hint?: string;
  optional?: boolean;
  defaultValue?: string;
  error?: string;
};

export function SelectField({ name, label, options, placeholder, hint, optional, defaultValue, error }: Props) {
  return (
    <Field name={name} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <select
          id={name}
          name={name}
          defaultValue={defaultValue ?? ""}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
        >
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
