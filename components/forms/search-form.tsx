import type { ReactNode } from "react";
import { inputClass } from "@/components/forms/field";

type Props = { action: string; label: string; query: string; hint?: string; children?: ReactNode };

/** A GET search form (an admin list, the site search): works without JavaScript and leaves a shareable address. */
export function SearchForm({ action, label, query, hint, children }: Props) {
  return (
    <form action={action} method="get" role="search" className="mb-6 flex flex-wrap items-end gap-4">
      <div className="min-w-64 flex-1">
        <label htmlFor="q" className="block font-semibold">
          {label}
        </label>
        {hint && (
          <p id="q-hint" className="text-sm text-neutral-700">
            {hint}
          </p>
        )}
        <input id="q" name="q" type="search" defaultValue={query} aria-describedby={hint ? "q-hint" : undefined} className={`${inputClass} mt-1`} />
      </div>
      {children}
      <button type="submit" className="button cursor-pointer">
        Zoek
      </button>
    </form>
  );
}
