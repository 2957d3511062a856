import type { ReactNode } from "react";

type Props = {
  type: "radio" | "checkbox";
  name: string;
  options: { value: string; label: ReactNode; hint?: string }[];
  checked: (value: string) => boolean;
  className: string;
};

/** One radio button or checkbox per option, all sharing `name`; the first has `id={name}`, so the error summary can link to the group. */
export function Choices({ type, name, options, checked, className }: Props) {
  return (
    <div className={className}>
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.value}`;
        return (
          <div key={option.value} className="flex items-start gap-2">
            <input type={type} id={id} name={name} value={option.value} defaultChecked={checked(option.value)} className="mt-1.5 h-5 w-5" />
            <label htmlFor={id}>
              {option.label}
              {option.hint && <span className="block text-sm text-neutral-700">{option.hint}</span>}
            </label>
          </div>
        );
      })}
    </div>
  );
}
