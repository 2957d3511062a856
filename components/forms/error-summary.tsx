"use client";

import { useEffect, useRef } from "react";

type Props = { fieldErrors?: Record<string, string>; labels: Record<string, string> };

/** The NL Design System error summary: above the form, focused after a failed submit, each error linking to its field. */
export function ErrorSummary({ fieldErrors, labels }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const entries = Object.entries(fieldErrors ?? {});
  useEffect(() => {
    if (entries.length) heading.current?.focus();
  });
  if (!entries.length) return null;
  return (
    <div className="mb-6 rounded border-4 border-red-700 p-4" role="alert">
      <h2 ref={heading} tabIndex={-1} className="text-xl">
        Er {entries.length === 1 ? "is 1 fout" : `zijn ${entries.length} fouten`} gevonden
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`} className="text-red-800">
              {labels[field] ? `${labels[field]}: ` : ""}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
