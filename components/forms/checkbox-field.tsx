import { controlProps, FieldError, type FieldProps } from "./field";

type Props = Omit<FieldProps, "optional"> & { defaultChecked?: boolean };

/** One checkbox; it sends "ja" when ticked (see checkboxField in lib/forms/fields.ts). */
export function CheckboxField({ defaultChecked, ...field }: Props) {
  const { name, label, hint, error } = field;
  return (
    <div className="mb-5">
      <FieldError id={`${name}-error`} error={error} className="mb-1" />
      <div className="flex items-start gap-2">
        <input {...controlProps(field)} type="checkbox" value="ja" defaultChecked={defaultChecked} className="mt-1.5 h-5 w-5" />
        <label htmlFor={name}>
          {label}
          {hint && (
            <span id={`${name}-hint`} className="block text-sm text-neutral-700">
              {hint}
            </span>
          )}
        </label>
      </div>
    </div>
  );
}
