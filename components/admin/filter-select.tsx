import { inputClass } from "@/components/forms/field";

type Props = { name: string; label: string; allLabel: string; options: Record<string, string>; value: string };

/** A filter beside the search field of an admin list; the empty first choice shows everything. */
export function FilterSelect({ name, label, allLabel, options, value }: Props) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={`${inputClass} mt-1`}>
        <option value="">{allLabel}</option>
        {Object.entries(options).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
