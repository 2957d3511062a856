import type { Metadata } from "next";
import Link from "next/link";
import { DecisionForm } from "@/components/applications/decision-form";
import { organisationOf } from "@/components/applications/organisation-of";
import { PageHeader } from "@/components/ui/page-header";
import { requireRecord } from "@/lib/auth/guards";
import { formatDate, formatShortDate } from "@/lib/format/dates";
import { applicationStatusLabels } from "@/lib/members/application-labels";
import { roleLabels } from "@/lib/members/labels";
import { loadApplicationPage } from "@/lib/members/list-applications";
import { participationLabels } from "@/lib/members/sign-up-schema";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Aanmelding" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await requireRecord(params, "/beheer/aanmeldingen/[id]", (id) => loadApplicationPage(db, id));
  const { application, municipalities } = page;
  const { user } = application;
  const rows: [string, string][] = [
    ["E-mailadres", `${user.email ?? "—"} (aanmelding ${application.confirmedAt ? "bevestigd via de link in de e-mail" : "nog niet bevestigd"})`],
    ["Telefoonnummer", user.phone ?? "—"],
    ["Functie", user.jobTitle ?? "—"],
    ["Organisatie", organisationOf(application)],
    [
      "Deelname",
      application.meeting
        ? `${participationLabels[application.participation]}: ${application.meeting.title}, ${formatDate(application.meeting.startsAt)}`
        : `${participationLabels[application.participation]} (${application.year})`,
    ],
    ["Aangemeld op", formatShortDate(application.createdAt)],
    ["Huidige rol", roleLabels[user.role]],
    ["Status", applicationStatusLabels[application.status]],
  ];
  return (
    <>
      <PageHeader title={`Aanmelding van ${user.name}`} />
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {application.decisionMessage && (
          <>
            <dt className="font-semibold">Bericht bij het besluit</dt>
            <dd>{application.decisionMessage}</dd>
          </>
        )}
      </dl>
      <p className="mb-8">
        <Link href={`/beheer/mensen/${user.id}`}>Alle gegevens van {user.name}</Link>
      </p>
      {application.status === "PENDING" ? (
        <section aria-labelledby="besluit-titel">
          <h2 id="besluit-titel" className="mb-4">
            Besluit
          </h2>
          {!application.confirmedAt && (
            <p className="mb-4 max-w-prose rounded bg-brand-100 p-3">
              De aanvrager heeft deze aanmelding nog niet bevestigd met de link in de e-mail. Goedkeuren kan pas daarna; afwijzen kan wel.
            </p>
          )}
          <DecisionForm
            applicationId={application.id}
            typedMunicipality={application.municipality ? null : application.newMunicipalityName}
            municipalities={municipalities}
          />
        </section>
      ) : (
        <p>
          Besloten op {application.decidedAt ? formatShortDate(application.decidedAt) : "onbekende datum"}: {applicationStatusLabels[application.status]}.
        </p>
      )}
      <p className="mt-8">
        <Link href="/beheer/aanmeldingen">Terug naar de aanmeldingen</Link>
      </p>
    </>
  );
}
