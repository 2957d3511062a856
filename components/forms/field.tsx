import type { ReactNode } from "react";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, hint and error message around one form control, wired with aria-describedby. */
export function Field({ name, label, hint, error, optional, children }: Props) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={name} className="block font-semibold">
        {label}
        {optional && <span className="font-normal"> (niet verplicht)</span>}
      </label>
      <FieldNotes name={name} hint={hint} error={error} />
      <div className="mt-1">{children(describedBy, Boolean(error))}</div>
    </div>
  );
}

/** A field's hint and error message, with the ids its control or fieldset names in aria-describedby. */
export function FieldNotes({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-neutral-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
    </>
  );
}

export const inputClass = "w-full max-w-md rounded border-2 border-neutral-700 px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-4";
