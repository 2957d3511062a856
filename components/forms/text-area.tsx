import { Field, inputClass } from "./field";

type Props = { name: string; label: string; hint?: string; optional?: boolean; defaultValue?: string; error?: string; maxLength?: number; rows?: number };

export function TextArea({ name, label, hint, optional, defaultValue, error, maxLength, rows = 4 }: Props) {
  return (
    <Field name={name} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <textarea
          id={name}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`${inputClass} max-w-2xl`}
        />
      )}
    </Field>
  );
}
