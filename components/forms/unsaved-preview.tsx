import type { ReactNode } from "react";

/** A form's "Voorbeeld": what is typed, rendered as it will appear, in a dashed frame that says it is not saved yet. */
export function UnsavedPreview({ notSavedYet, title, children }: { notSavedYet: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="voorbeeld-titel" className="mt-10 rounded border-2 border-dashed border-neutral-500 p-6">
      <h2 id="voorbeeld-titel">Voorbeeld</h2>
      <p className="mt-2 text-sm text-neutral-700">{notSavedYet}</p>
      <p className="mt-4 text-2xl font-semibold">{title}</p>
      {children}
    </section>
  );
}
