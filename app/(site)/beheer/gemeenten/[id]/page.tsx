import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/admin/audit-list";
import { Section } from "@/components/ui/section";
import { MunicipalityForm } from "@/components/municipalities/municipality-form";
import { ColleaguesList, FeesTable } from "@/components/municipalities/municipality-sections";
import { EndParticipationForm, GiveParticipationForm } from "@/components/municipalities/participation-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { currentYear } from "@/lib/members/current-year";
import { loadMunicipality } from "@/lib/municipalities/load-municipality";
import { municipalityDetailKeys } from "@/lib/municipalities/municipality-details";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { db } from "@/lib/db/client";
import { textValues } from "@/lib/format/text-values";
import { BackLink } from "@/components/ui/back-link";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Gemeente" };

const municipalityFormFields = ["id", "name", ...municipalityDetailKeys, "wantsEInvoice", "publicParticipant", "leavingAfterYear"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function MunicipalityPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireSecretary(`/beheer/gemeenten/${encodeURIComponent(id)}`);
  const [municipality, query] = await Promise.all([loadMunicipality(db, id), searchParams]);
  if (!municipality) notFound();
  const years = municipality.memberships.map((membership) => membership.year);
  const thisYear = currentYear();
  // Last year (a late start), this year and next; ending from this year or next, while it takes part then or has
  // just stopped (the form stays, with its message).
  const yearsToGive = [thisYear - 1, thisYear, thisYear + 1].filter((year) => !years.includes(year));
  const stopping = municipality.leavingAfterYear !== null && municipality.leavingAfterYear >= thisYear - 1;
  const yearsToEnd = years.some((taken) => taken >= thisYear) || stopping ? [thisYear, thisYear + 1] : [];
  return (
    <>
      <BackLink href="/beheer/gemeenten">Terug naar Gemeenten</BackLink>
      <PageHeader title={`Gemeente ${municipality.name}`} />
      {param(query, "opgeslagen") && <StatusMessage>Gemeente {municipality.name} is toegevoegd.</StatusMessage>}

      <Section id="gegevens" title="Gegevens">
        <MunicipalityForm
          municipality={{
            ...textValues(municipality, municipalityFormFields),
            admissionDomains: municipality.admissionDomains.join(", "),
          }}
        />
      </Section>
      <Section id="mensen" title="Mensen">
        <ColleaguesList users={municipality.users} total={municipality._count.users} />
      </Section>
      <Section id="deelname" title="Deelname">
        <p className="mb-4">
          {years.length ? `Deelgenomen in ${[...years].reverse().join(", ")}.` : "Deze gemeente heeft nog niet deelgenomen."}
          {municipality.leavingAfterYear !== null && ` Doet niet meer mee na ${municipality.leavingAfterYear}.`}
        </p>
        {yearsToGive.length > 0 && <GiveParticipationForm municipalityId={municipality.id} years={yearsToGive} />}
        {yearsToEnd.length > 0 && <EndParticipationForm municipalityId={municipality.id} years={yearsToEnd} />}
      </Section>
      <Section id="bijdragen" title="Bijdragen">
        <FeesTable fees={municipality.feeRecords} />
      </Section>
      <Section id="geschiedenis" title="Geschiedenis">
        <AuditList entries={municipality.history} />
      </Section>
    </>
  );
}
