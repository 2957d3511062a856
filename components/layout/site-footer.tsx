import Link from "next/link";
import { SITE_NAME } from "@/lib/site/config";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand-700 bg-brand-100 print:hidden">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-semibold text-brand-900">{SITE_NAME}</p>
          <p className="text-sm">Een netwerk voor en door gemeenten, sinds 2010.</p>
        </div>
        <nav aria-label="Voettekst">
          <ul className="space-y-1 text-sm">
            <li>
              <Link href="/agenda">Agenda</Link>
            </li>
            <li>
              <a href="/agenda.ics">Agenda in je eigen agenda (iCalendar)</a>
            </li>
            <li>
              <Link href="/contact">Contact</Link>
            </li>
          </ul>
        </nav>
        <ul className="space-y-1 text-sm">
          <li>
            <Link href="/privacy">Privacyverklaring</Link>
          </li>
          <li>
            <Link href="/toegankelijkheid">Toegankelijkheid</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
