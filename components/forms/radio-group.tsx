import { FieldNotes } from "./field";

type Props = {
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  error?: string;
};

/** A fieldset of radio buttons; `id={name}` on the first lets the error summary link to the group. */
export function RadioGroup({ name, legend, options, defaultValue, error }: Props) {
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <FieldNotes name={name} error={error} />
      <div className="mt-2 space-y-2">
        {options.map((option, index) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={index === 0 ? name : `${name}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              className="mt-1.5 h-5 w-5"
            />
            <label htmlFor={index === 0 ? name : `${name}-${option.value}`}>
              {option.label}
              {option.hint && <span className="block text-sm text-neutral-700">{option.hint}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
