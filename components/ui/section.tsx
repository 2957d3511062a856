import type { ReactNode } from "react";

/** A section with its own heading, linked by aria-labelledby. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="mt-10">
      <h2 id={`${id}-titel`} className="mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
