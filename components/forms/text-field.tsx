import { Field, inputClass } from "./field";

type Props = {
  name: string;
  label: string;
  type?: "text" | "email" | "tel" | "date" | "time" | "search" | "url";
  autoComplete?: string;
  hint?: string;
  optional?: boolean;
  defaultValue?: string;
  error?: string;
  maxLength?: number;
  inputMode?: "numeric" | "text";
};

export function TextField({ name, label, type = "text", autoComplete, hint, optional, defaultValue, error, maxLength, inputMode }: Props) {
  return (
    <Field name={name} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          maxLength={maxLength}
          inputMode={inputMode}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}
