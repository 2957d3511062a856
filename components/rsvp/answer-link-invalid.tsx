import Link from "next/link";

/** A link whose person, meeting or signature was changed, or whose person or meeting no longer exists. */
export function AnswerLinkInvalid() {
  return (
    <div className="max-w-prose">
      <h1>Deze link klopt niet</h1>
      <p className="mt-4">
        Deze link klopt niet: er is iets in veranderd, of de uitnodiging bestaat niet meer. We hebben niets genoteerd. Gebruik de link uit je uitnodiging, of{" "}
        <Link href="/inloggen">log in</Link> en geef je antwoord op de pagina van de bijeenkomst in de <Link href="/agenda">agenda</Link>.
      </p>
    </div>
  );
}
