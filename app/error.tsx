"use client";

import Link from "next/link";
import { useEffect } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { PersonalPart } from "@/components/layout/personal-part";
import { BACK_HOME, SERVER_ERROR_EXPLANATION, SERVER_ERROR_TITLE } from "@/lib/site/error-page-text";

/** Shown instead of Next.js's English error page when a page fails on the server or in the browser. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <SiteChrome account={<PersonalPart name="account" reader={null} />}>
      <div className="max-w-prose">
        <h1>{SERVER_ERROR_TITLE}</h1>
        <p className="mt-4">{SERVER_ERROR_EXPLANATION}</p>
        {error.digest && <p className="mt-2 text-sm text-neutral-700">Foutcode: {error.digest}</p>}
        <p className="mt-6 flex flex-wrap gap-4">
          <button type="button" onClick={reset} className="button cursor-pointer">
            Probeer het opnieuw
          </button>
          <Link href="/" className="self-center">
            {BACK_HOME}
          </Link>
        </p>
      </div>
    </SiteChrome>
  );
}
