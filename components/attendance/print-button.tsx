"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Opens the print dialog. Shown only once JavaScript runs; without it the browser's own print command does the same. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" className="button cursor-pointer print:hidden" onClick={() => window.print()}>
      Afdrukken
    </button>
  );
}
