import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { AuditList } from "@/components/admin/audit-list";
import { MergePersonSection } from "@/components/members/merge-person-section";
import { ParticipationSection } from "@/components/members/participation-section";
import { PersonForm } from "@/components/members/person-form";
import { ApplicationsSection, AttendanceSection, MailsSection, PositionsSection } from "@/components/members/person-sections";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatShortDate } from "@/lib/format/dates";
import { textValues } from "@/lib/format/text-values";
import { deactivatePersonAction, reactivatePersonAction } from "@/lib/members/admin-actions";
import { loadMergeSection } from "@/lib/members/merge-preview";
import { loadPersonPage } from "@/lib/members/person-page";
import { municipalityOptions } from "@/lib/municipalities/municipality-options";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { BackLink } from "@/components/ui/back-link";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Persoon" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireSecretary(`/beheer/mensen/${encodeURIComponent(id)}`);
  const [page, municipalities, query] = await Promise.all([loadPersonPage(db, id), municipalityOptions(db), searchParams]);
  if (!page) notFound();
  const { person, mails, history, coverage, year } = page;
  const added = param(query, "toegevoegd");
  const merge = await loadMergeSection(db, person, param(query, "q"), param(query, "met"), user.id);
  const own = person.id === user.id;
  return (
    <>
      <BackLink href="/beheer/mensen">Terug naar Mensen</BackLink>
      <PageHeader title={person.name} intro={person.deactivatedAt ? `Account gedeactiveerd op ${formatShortDate(person.deactivatedAt)}.` : undefined} />
      {added && (
        <StatusMessage>
          {person.name} is toegevoegd{added === "welkomstmail" ? " en heeft een welkomstmail met een inloglink gekregen" : ""}.
        </StatusMessage>
      )}
      {param(query, "samengevoegd") && (
        <StatusMessage>De twee personen zijn samengevoegd: alles staat nu bij {person.name}. Onder Geschiedenis staat wat er is overgezet.</StatusMessage>
      )}

      <Section id="gegevens" title="Gegevens">
        <p className="mb-4 text-sm text-neutral-700">
          Account sinds {formatShortDate(person.createdAt)}. E-mailadres {person.emailVerified ? "bevestigd" : "nog niet bevestigd"}.
        </p>
        <PersonForm
          municipalities={municipalities}
          person={textValues(person, ["id", "name", "email", "phone", "jobTitle", "organisationType", "municipalityId", "organisationName", "role"])}
        />
      </Section>

      <Section id="account" title="Account">
        {own ? (
          <p>Dit is je eigen account: dat kun je niet deactiveren.</p>
        ) : person.deactivatedAt ? (
          <>
            <p className="mb-3">Dit account is gedeactiveerd: {person.name} kan niet inloggen. De gegevens en de geschiedenis blijven bewaard.</p>
            <ActionButton action={reactivatePersonAction} hidden={{ id: person.id }} label="Account weer activeren" />
          </>
        ) : (
          <>
            <p className="mb-3">Na deactiveren kan {person.name} niet meer inloggen en wordt een lopende sessie beëindigd. De gegevens blijven bewaard.</p>
            <ActionButton action={deactivatePersonAction} hidden={{ id: person.id }} label="Account deactiveren" variant="danger" />
          </>
        )}
      </Section>

      <ParticipationSection person={person} coverage={coverage} year={year} />
      <PositionsSection positions={person.positions} />
      <ApplicationsSection applications={person.applications} />
      <AttendanceSection rsvps={person.rsvps} />
      <MailsSection mails={mails} />
      <MergePersonSection person={person} merge={merge} municipalities={municipalities} />
      <Section id="geschiedenis" title="Geschiedenis">
        <AuditList entries={history} />
      </Section>
    </>
  );
}
