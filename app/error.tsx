"use client";

import Link from "next/link";
import { useEffect } from "react";

/** Shown instead of Next.js's English error page when a page fails on the server or in the browser. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="max-w-prose">
      <h1>Er ging iets mis aan onze kant</h1>
      <p className="mt-4">
        Deze pagina kon niet worden getoond. Het ligt niet aan jou. Probeer het over een paar minuten opnieuw; lukt het dan nog niet, mail dan de secretaris van
        het netwerk.
      </p>
      {error.digest && <p className="mt-2 text-sm text-neutral-700">Foutcode: {error.digest}</p>}
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="button cursor-pointer">
          Probeer het opnieuw
        </button>
        <Link href="/" className="self-center">
          Naar de homepage
        </Link>
      </p>
    </div>
  );
}
