import { PENDING_IMPORT_HOURS } from "@/lib/import/pending-import";

/** Which columns the import knows by name; others can be linked to a field after uploading. */
export function ImportHelp() {
  return (
    <details className="mb-10 max-w-prose">
      <summary className="cursor-pointer font-semibold">Welke kolommen kent de import?</summary>
      <div className="mt-3 space-y-3">
        <p>
          Eén werkblad of twee: een met mensen (met een kolom e-mailadres) en een met gemeenten. De kolommen mogen in elke volgorde staan; hoofdletters,
          accenten en streepjes maken niet uit. Heet een kolom anders, dan koppel je hem na het uploaden zelf.
        </p>
        <p>
          <strong>Mensen:</strong> naam (of voornaam, tussenvoegsel en achternaam), e-mailadres, telefoon, functie, soort organisatie (gemeente, ministerie, VNG
          of anders), gemeente of organisatie, en kernclubrol (voorzitter, lid of secretaris). Iemand wordt herkend aan het e-mailadres.
        </p>
        <p>
          <strong>Gemeenten:</strong> naam, CBS-code, contactpersoon facturen, e-mailadres facturen, factuuradres (in één cel, eindigend op postcode en plaats)
          of straat, postcode en plaats, opdrachtnummer, en “doet mee in 2027” met ja of nee. Een gemeente wordt herkend aan de CBS-code of precies dezelfde
          naam. Staan deze kolommen in het werkblad met mensen, dan horen ze bij de gemeente van die persoon.
        </p>
        <p>
          Er wordt niets opgeslagen voordat je het voorbeeld hebt bevestigd. Het voorbeeld blijft {PENDING_IMPORT_HOURS} uur bewaard. Formules worden nooit
          uitgerekend: de waarde die Excel het laatst berekende telt, als tekst.
        </p>
      </div>
    </details>
  );
}
