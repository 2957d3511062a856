import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { isValidUnsubscribeSignature } from "@/lib/mailings/unsubscribe-link";

export const metadata: Metadata = { title: "Afmelden voor berichten", robots: { index: false } };

type Props = { params: Promise<{ userId: string; signature: string }> };

/** Where a mailing's footer link lands: it asks before it unsubscribes, so a mail scanner opening it changes nothing. */
export default async function UnsubscribePage({ params }: Props) {
  const { userId, signature } = await params;
  if (!isValidUnsubscribeSignature(userId, signature)) {
    return (
      <>
        <PageHeader title="Deze afmeldlink werkt niet" intro="De link is niet compleet of niet van ons." />
        <p className="max-w-prose">
          Kopieer de hele link uit het bericht, of kies bij <Link href="/mijn-gegevens">Mijn gegevens</Link> of je berichten van het netwerk wilt krijgen.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Afmelden voor berichten" intro="Wil je geen berichten van de secretaris van het netwerk meer krijgen?" />
      <p className="mb-6 max-w-prose">
        Uitnodigingen voor bijeenkomsten, facturen en inloglinks blijven komen: die zijn geen berichten. Je kunt je later weer aanmelden bij Mijn gegevens.
      </p>
      <form method="post" action={`/api/berichten/afmelden/${encodeURIComponent(userId)}/${encodeURIComponent(signature)}`}>
        <button type="submit" className="button cursor-pointer">
          Geen berichten meer
        </button>
      </form>
    </>
  );
}
