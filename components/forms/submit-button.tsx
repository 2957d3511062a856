"use client";

import { useFormStatus } from "react-dom";

/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ children }: { children: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="button cursor-pointer disabled:opacity-70">
      {pending ? "Bezig…" : children}
    </button>
  );
}
