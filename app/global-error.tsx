"use client";

import "./globals.css";

/** The last resort, when even the site's layout fails: its own <html> and <body>, in Dutch. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl">
      <body className="mx-auto max-w-prose px-4 py-8">
        <h1>Er ging iets mis aan onze kant</h1>
        <p className="mt-4">De website van het Wmo transformatienetwerk kon deze pagina niet tonen. Probeer het over een paar minuten opnieuw.</p>
        {error.digest && <p className="mt-2 text-sm">Foutcode: {error.digest}</p>}
        <p className="mt-6">
          {/* A plain link: the client router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Naar de homepage</a>
        </p>
      </body>
    </html>
  );
}
