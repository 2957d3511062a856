import type { Metadata } from "next";
import Link from "next/link";
import { organisationOf } from "@/components/applications/organisation-of";
import { AuditList } from "@/components/admin/audit-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { formatDateRange, formatShortDate } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/money";
import { feeStatusLabels } from "@/lib/fees/labels";
import { loadAdminOverview } from "@/lib/site/load-admin-overview";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Overzicht" };

export default async function AdminOverviewPage() {
  await requireSecretary("/beheer");
  const { year, meetings, applications, fees, changes } = await loadAdminOverview(db);
  return (
    <>
      <PageHeader title="Beheer" intro="Wat er speelt in het netwerk: de komende bijeenkomsten, aanmeldingen, bijdragen en de laatste wijzigingen." />
      <div className="grid gap-10 xl:grid-cols-2">
        <section aria-labelledby="bijeenkomsten-titel">
          <h2 id="bijeenkomsten-titel" className="mb-3">
            Komende bijeenkomsten
          </h2>
          {meetings.length === 0 ? (
            <p>Er staan geen bijeenkomsten gepland.</p>
          ) : (
            <ul className="space-y-2">
              {meetings.map((meeting) => (
                <li key={meeting.id}>
                  <Link href={`/beheer/bijeenkomsten/${meeting.id}`}>{meeting.title}</Link>
                  {!meeting.published && " (concept)"}
                  <span className="block text-neutral-700">
                    {formatDateRange(meeting.startsAt, meeting.endsAt)}: {meeting.attending} komen, {meeting.notAttending} komen niet
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="aanmeldingen-titel">
          <h2 id="aanmeldingen-titel" className="mb-3">
            Aanmeldingen die wachten ({applications.total})
          </h2>
          {applications.items.length === 0 ? (
            <p>Er wachten geen aanmeldingen.</p>
          ) : (
            <ul className="space-y-2">
              {applications.items.slice(0, 5).map((application) => (
                <li key={application.id}>
                  <Link href={`/beheer/aanmeldingen/${application.id}`}>{application.user.name}</Link>
                  <span className="block text-neutral-700">
                    {organisationOf(application)}, {formatShortDate(application.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3">
            <Link href="/beheer/aanmeldingen">Alle aanmeldingen</Link>
          </p>
        </section>
        <section aria-labelledby="bijdragen-titel">
          <h2 id="bijdragen-titel" className="mb-3">
            Bijdragen {year} nog niet betaald ({fees.total})
          </h2>
          {fees.items.length === 0 ? (
            <p>Alle bijdragen van {year} zijn betaald of kwijtgescholden.</p>
          ) : (
            <ul className="space-y-1">
              {fees.items.map((fee) => (
                <li key={fee.id}>
                  <Link href={`/beheer/gemeenten/${fee.municipality.id}`}>{fee.municipality.name}</Link>: {formatEuros(fee.amountCents)},{" "}
                  {feeStatusLabels[fee.status]}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="wijzigingen-titel">
          <h2 id="wijzigingen-titel" className="mb-3">
            Laatste wijzigingen
          </h2>
          <AuditList entries={changes} />
          <p className="mt-3">
            <Link href="/beheer/logboek">Het hele logboek</Link>
          </p>
        </section>
      </div>
    </>
  );
}
