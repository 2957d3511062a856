type Props = { name: string; label: string; hint?: string; defaultChecked?: boolean; error?: string };

/** One checkbox; it sends "ja" when ticked (see checkboxField in lib/forms/fields.ts). */
export function CheckboxField({ name, label, hint, defaultChecked, error }: Props) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      {error && (
        <p id={`${name}-error`} className="mb-1 font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          value="ja"
          defaultChecked={defaultChecked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="mt-1.5 h-5 w-5"
        />
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
