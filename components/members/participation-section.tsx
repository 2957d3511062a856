import { ActionButton } from "@/components/admin/action-button";
import { admitPersonAction, endPersonalMembershipAction, givePersonalMembershipAction } from "@/lib/members/admin-actions";
import { coverageSummary } from "@/lib/members/labels";
import type { PersonPage } from "@/lib/members/person-page";
import { Section } from "@/components/ui/section";

type Props = Pick<PersonPage, "person" | "coverage" | "year">;

/** What covers the person this year; someone outside a municipality can be given or lose their own membership for it. */
export function ParticipationSection({ person, coverage, year }: Props) {
  const ownYears = person.memberships.map((membership) => membership.year);
  return (
    <Section id="deelname" title={`Deelname ${year}`}>
      <p className="mb-3">{coverageSummary(coverage, year)}</p>
      {coverage.kind === "not-admitted" && !coverage.rejection && (
        <>
          <p className="mb-3">Keur een aanmelding goed bij Aanmeldingen, of laat deze persoon hier toe als die geen aanmelding heeft.</p>
          <ActionButton action={admitPersonAction} hidden={{ id: person.id }} label="Toelaten" />
        </>
      )}
      {ownYears.length > 0 && <p className="mb-3">Eigen lidmaatschap in: {ownYears.join(", ")}.</p>}
      {ownYears.includes(year) ? (
        <ActionButton action={endPersonalMembershipAction} hidden={{ id: person.id }} label={`Eigen lidmaatschap ${year} beëindigen`} variant="secondary" />
      ) : (
        person.organisationType !== "MUNICIPALITY" && (
          <>
            <p className="mb-3">Wie bij een ministerie, de VNG of een andere organisatie werkt, doet mee met een eigen lidmaatschap per jaar.</p>
            <ActionButton action={givePersonalMembershipAction} hidden={{ id: person.id }} label={`Eigen lidmaatschap ${year} geven`} />
          </>
        )
      )}
    </Section>
  );
}
