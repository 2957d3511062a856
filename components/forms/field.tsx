import type { ReactNode } from "react";

/** What every field takes: its name (also the control's id), its label, and the hint and error message that describe it. */
export type FieldProps = { name: string; label: string; hint?: string; error?: string; optional?: boolean };

/** Splits a field's props into the field's own and those meant for its control. */
export function splitField<Props extends FieldProps>({ name, label, hint, error, optional, ...control }: Props) {
  return [{ name, label, hint, error, optional }, control] as const;
}

/** The attributes that tie a control to its label, hint and error message. */
export function controlProps({ name, hint, error }: FieldProps) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return { id: name, name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined };
}

/** A field's error message, read out with "Fout:" in front. */
export function FieldError({ id, error, className }: { id: string; error?: string; className: string }) {
  if (!error) return null;
  return (
    <p id={id} className={`${className} font-semibold text-red-800`}>
      <span className="sr-only">Fout: </span>
      {error}
    </p>
  );
}

/** Label, hint and error message around one form control, wired with aria-describedby. */
export function Field({ children, ...field }: FieldProps & { children: (control: ReturnType<typeof controlProps>) => ReactNode }) {
  const { name, label, hint, error, optional } = field;
  return (
    <div className="mb-5">
      <label htmlFor={name} className="block font-semibold">
        {label}
        {optional && <span className="font-normal"> (niet verplicht)</span>}
      </label>
      <FieldNotes name={name} hint={hint} error={error} />
      <div className="mt-1">{children(controlProps(field))}</div>
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
      <FieldError id={`${name}-error`} error={error} className="mt-1" />
    </>
  );
}

export const inputClass = "w-full max-w-md rounded border-2 border-neutral-700 px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-4";
