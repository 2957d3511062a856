import Link from "next/link";
import { formatEuros } from "@/lib/format/money";
import { annualFeeCents } from "@/lib/fees/fee-amount";

/** What someone not covered this year can do: sign up for the year or for one meeting, or ask the secretary. */
export function JoinAdvice({ municipal }: { municipal: boolean }) {
  return (
    <p className="mt-2">
      <Link href="/aanmelden">Meld je aan voor dit jaar</Link>
      {municipal && `: dan doet je gemeente mee, voor ${formatEuros(annualFeeCents())} per jaar voor alle collega’s samen`}, of meld je aan als gast voor één
      bijeenkomst. Heb je je al aangemeld, of klopt dit niet? <Link href="/contact">Neem contact op met de secretaris</Link>.
    </p>
  );
}
