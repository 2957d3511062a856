import { Choices } from "./choices";
import { FieldError } from "./field";

type Props = {
  name: string;
  /** Shown as the fieldset's legend. */
  label: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  error?: string;
};

/** A fieldset of radio buttons. */
export function RadioGroup({ name, label, options, defaultValue, error }: Props) {
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{label}</legend>
      <FieldError id={`${name}-error`} error={error} className="mt-1" />
      <Choices type="radio" name={name} options={options} checked={(value) => value === defaultValue} className="mt-2 space-y-2" />
    </fieldset>
  );
}
