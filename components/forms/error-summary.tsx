"use client";

import { useEffect, useRef } from "react";

type Props = { fieldErrors?: Record<string, string>; labels: Record<string, string> };

/**
 * The NL Design System error summary: above the form, focused once after each failed submit, each error
 * linking to its field. Errors of fields without a label (a hidden field) are listed without a link.
 */
export function ErrorSummary({ fieldErrors, labels }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (fieldErrors && Object.keys(fieldErrors).length) heading.current?.focus();
  }, [fieldErrors]);
  const entries = Object.entries(fieldErrors ?? {});
  if (!entries.length) return null;
  return (
    <div className="mb-6 rounded border-4 border-red-700 p-4">
      <h2 ref={heading} tabIndex={-1} className="text-xl">
        Er {entries.length === 1 ? "is 1 fout" : `zijn ${entries.length} fouten`} gevonden
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {entries.map(([field, message]) => (
          <li key={field}>
            {labels[field] ? (
              <a href={`#${field}`} className="text-red-800">
                {labels[field]}: {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
