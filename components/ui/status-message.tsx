import type { ReactNode } from "react";

/** The green message at the top of a page that says what was just done ("… is opgeslagen"). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded bg-green-100 p-4 text-green-900">
      {children}
    </p>
  );
}
