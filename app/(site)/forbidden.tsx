import Link from "next/link";

/** Shown with status 403 when a signed-in person opens a page their role does not allow (only the admin area does). */
export default function Forbidden() {
  return (
    <div className="max-w-prose">
      <h1>Geen toegang</h1>
      <p className="mt-4">Deze pagina is alleen voor de secretaris van het netwerk. Ben je secretaris? Log dan in met het e-mailadres dat die rol heeft.</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href="/">Naar de homepage</Link>
        </li>
        <li>
          <Link href="/mijn-gegevens">Naar je eigen gegevens</Link>
        </li>
      </ul>
    </div>
  );
}
