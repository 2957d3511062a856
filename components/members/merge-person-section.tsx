import Link from "next/link";
import { SearchForm } from "@/components/forms/search-form";
import { Section } from "@/components/ui/section";
import { formatShortDate } from "@/lib/format/dates";
import { roleLabels } from "@/lib/members/labels";
import type { MergeCandidate, MergePreview, MergeSectionData } from "@/lib/members/merge-preview";
import type { MergeCounts } from "@/lib/members/merge-state";
import { organisationTypeLabels } from "@/lib/members/sign-up-schema";
import { MergePersonForm } from "./merge-person-form";

type Props = { person: { id: string; name: string }; merge: MergeSectionData; municipalities: { value: string; label: string }[] };

/** What moves, as "3 aanmeldingen"; the combined kinds say that both had them. */
const countLabels: [keyof MergeCounts, string, string][] = [
  ["applications", "aanmelding", "aanmeldingen"],
  ["rsvps", "antwoord op een bijeenkomst", "antwoorden op bijeenkomsten"],
  ["rsvpsCombined", "antwoord dat beiden gaven (blijft één keer)", "antwoorden die beiden gaven (blijven één keer)"],
  ["invitations", "uitnodiging", "uitnodigingen"],
  ["invitationsCombined", "uitnodiging die beiden kregen (blijft één keer)", "uitnodigingen die beiden kregen (blijven één keer)"],
  ["positions", "functie in het netwerk", "functies in het netwerk"],
  ["positionsCombined", "functie die beiden hadden (blijft één keer)", "functies die beiden hadden (blijven één keer)"],
  ["personalMemberships", "eigen lidmaatschap", "eigen lidmaatschappen"],
  ["personalMembershipsCombined", "eigen lidmaatschap dat beiden hadden (blijft één keer)", "eigen lidmaatschappen die beiden hadden (blijven één keer)"],
  ["mailsAbout", "e-mail over deze persoon", "e-mails over deze persoon"],
  ["documents", "geüpload document", "geüploade documenten"],
  ["accelerationRequests", "aanvraag voor het versnellingstraject", "aanvragen voor het versnellingstraject"],
  ["auditEntriesBy", "wijziging door deze persoon in het logboek", "wijzigingen door deze persoon in het logboek"],
  ["auditEntriesAbout", "regel over deze persoon in het logboek", "regels over deze persoon in het logboek"],
];

function describeOf(candidate: MergeCandidate) {
  return [candidate.email ?? "geen e-mailadres", candidate.municipality?.name ?? candidate.organisationName].filter(Boolean).join(", ");
}

/** The kept person's columns that change, in words. */
function changeLines(changes: MergePreview["changes"], municipalities: Props["municipalities"]): string[] {
  const lines: string[] = [];
  if (changes.email) lines.push(`E-mailadres: ${changes.email}`);
  if (changes.phone) lines.push(`Telefoonnummer: ${changes.phone}`);
  if (changes.jobTitle) lines.push(`Functie: ${changes.jobTitle}`);
  if (changes.organisationType) lines.push(`Werkt bij: ${organisationTypeLabels[changes.organisationType]}`);
  if (changes.municipalityId) lines.push(`Gemeente: ${municipalities.find((option) => option.value === changes.municipalityId)?.label ?? "onbekend"}`);
  if (changes.organisationName) lines.push(`Organisatie: ${changes.organisationName}`);
  if (changes.role) lines.push(`Rol: ${roleLabels[changes.role]}`);
  if (changes.admittedAt) lines.push(`Toegelaten op: ${formatShortDate(changes.admittedAt)}`);
  if (changes.image) lines.push("Foto");
  return lines;
}

function Preview({ person, preview, municipalities }: { person: Props["person"]; preview: MergePreview; municipalities: Props["municipalities"] }) {
  const { other, counts } = preview;
  const moving = countLabels.filter(([key]) => counts[key] > 0);
  const changes = changeLines(preview.changes, municipalities);
  return (
    <div className="mt-6 rounded border-2 border-neutral-700 p-4">
      <h3 className="mb-2">
        {other.name} ({other.email ?? "geen e-mailadres"}) samenvoegen
      </h3>
      <p className="mb-3">Deze persoon verdwijnt. {person.name} blijft, met de eigen gegevens; lege velden worden aangevuld met die van de andere.</p>
      <h4 className="font-semibold">Wat naar {person.name} gaat</h4>
      {moving.length ? (
        <ul className="mb-3 list-disc pl-6">
          {moving.map(([key, one, many]) => (
            <li key={key}>
              {counts[key]} {counts[key] === 1 ? one : many}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3">Niets: bij {other.name} staat verder niets.</p>
      )}
      <h4 className="font-semibold">Wat bij {person.name} verandert</h4>
      {changes.length ? (
        <ul className="mb-3 list-disc pl-6">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-3">Niets.</p>
      )}
      <p className="mb-4">
        {counts.sessionsEnded ? `${other.name} wordt uitgelogd. ` : ""}
        {other.email ? `Met ${other.email} kan daarna niemand meer inloggen.` : ""}
      </p>
      {preview.refusal ? <p className="rounded bg-red-100 p-4 text-red-900">{preview.refusal}</p> : <MergePersonForm keepId={person.id} mergeId={other.id} />}
    </div>
  );
}

/** "Samenvoegen": find the other record of this person, see what moves, and confirm. Works without JavaScript. */
export function MergePersonSection({ person, merge, municipalities }: Props) {
  const here = `/beheer/mensen/${encodeURIComponent(person.id)}`;
  return (
    <Section id="samenvoegen" title="Samenvoegen">
      <p className="mb-4">
        Staat {person.name} er twee keer in, bijvoorbeeld met een privé- en een werkadres? Zoek de andere persoon en voeg die samen met {person.name}:{" "}
        {person.name} blijft, de andere verdwijnt en alles van die persoon komt hier.
      </p>
      <SearchForm action={`${here}#samenvoegen-titel`} label="Zoek de andere persoon" hint="Op naam of e-mailadres." query={merge.q} />
      {merge.candidates.length ? (
        <>
          <h3 className="mb-2">{merge.q ? "Gevonden" : `Anderen met de naam ${person.name}`}</h3>
          <ul className="list-disc pl-6">
            {merge.candidates.map((candidate) => (
              <li key={candidate.id}>
                <Link href={`${here}?${new URLSearchParams({ ...(merge.q ? { q: merge.q } : {}), met: candidate.id })}#samenvoegen-titel`}>
                  Kies {candidate.name} ({describeOf(candidate)})
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        merge.q && <p>Niemand gevonden met “{merge.q}”.</p>
      )}
      {merge.chosen === "gone" && <p className="mt-6 rounded bg-red-100 p-4 text-red-900">Deze persoon bestaat niet (meer). Zoek opnieuw.</p>}
      {merge.chosen && merge.chosen !== "gone" && <Preview person={person} preview={merge.chosen} municipalities={municipalities} />}
    </Section>
  );
}
