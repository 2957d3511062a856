"use client";

import "./globals.css";
import { BACK_HOME, SERVER_ERROR_TITLE } from "@/lib/site/error-page-text";

/** The last resort, when even the site's layout fails: its own <html> and <body>, in Dutch. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl">
      <body className="mx-auto max-w-prose px-4 py-8">
        <h1>{SERVER_ERROR_TITLE}</h1>
        <p className="mt-4">De website van het Wmo transformatienetwerk kon deze pagina niet tonen. Probeer het over een paar minuten opnieuw.</p>
        {error.digest && <p className="mt-2 text-sm">Foutcode: {error.digest}</p>}
        <p className="mt-6">
          {/* A plain link: the client router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">{BACK_HOME}</a>
        </p>
      </body>
    </html>
  );
}
