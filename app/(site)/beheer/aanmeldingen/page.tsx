import type { Metadata } from "next";
import Link from "next/link";
import { organisationOf } from "@/components/applications/organisation-of";
import { Pagination } from "@/components/admin/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { formatShortDate } from "@/lib/format/dates";
import { applicationStatusFilters } from "@/lib/members/application-labels";
import { listApplications } from "@/lib/members/list-applications";
import { participationLabels } from "@/lib/members/sign-up-schema";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Aanmeldingen" };

const decisions = {
  goedgekeurd: "De aanmelding is goedgekeurd en de aanvrager krijgt een e-mail.",
  afgewezen: "De aanmelding is afgewezen en de aanvrager krijgt een e-mail.",
} as const;

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/aanmeldingen");
  const params = await searchParams;
  const filter = (Object.keys(applicationStatusFilters).find((key) => key === param(params, "status")) ?? "wachtend") as keyof typeof applicationStatusFilters;
  const { items, total, page, pageCount } = await listApplications(applicationStatusFilters[filter], pageOf(params));
  const decision = decisions[param(params, "besluit") as keyof typeof decisions];
  return (
    <>
      <PageHeader title="Aanmeldingen" intro="Aanmeldingen die op je besluit wachten, en eerdere besluiten." />
      {decision && (
        <p role="status" className="mb-6 rounded bg-green-100 p-4 text-green-900">
          {decision}
        </p>
      )}
      <nav aria-label="Status van de aanmeldingen" className="mb-6">
        <ul className="flex flex-wrap gap-4">
          {Object.keys(applicationStatusFilters).map((key) => (
            <li key={key}>
              <Link
                href={key === "wachtend" ? "/beheer/aanmeldingen" : `/beheer/aanmeldingen?status=${key}`}
                aria-current={key === filter ? "page" : undefined}
                className={key === filter ? "font-semibold" : ""}
              >
                {key[0].toUpperCase() + key.slice(1)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p>Er zijn geen aanmeldingen met deze status.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Aanmeldingen: {filter}</caption>
            <thead>
              <tr className="border-b-2 border-neutral-700">
                <th scope="col" className="py-2 pr-4">
                  Naam
                </th>
                <th scope="col" className="py-2 pr-4">
                  Organisatie
                </th>
                <th scope="col" className="py-2 pr-4">
                  Deelname
                </th>
                <th scope="col" className="py-2 pr-4">
                  E-mailadres bevestigd
                </th>
                <th scope="col" className="py-2 pr-4">
                  Aangemeld op
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((application) => (
                <tr key={application.id} className="border-b border-neutral-300 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/beheer/aanmeldingen/${application.id}`}>{application.user.name}</Link>
                    <span className="block text-sm text-neutral-700">{application.user.email}</span>
                  </td>
                  <td className="py-2 pr-4">{organisationOf(application)}</td>
                  <td className="py-2 pr-4">
                    {participationLabels[application.participation]}
                    {application.meeting ? `: ${application.meeting.title}` : ` (${application.year})`}
                  </td>
                  <td className="py-2 pr-4">{application.confirmedAt ? "ja" : "nog niet"}</td>
                  <td className="py-2 pr-4">{formatShortDate(application.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} basePath="/beheer/aanmeldingen" query={{ status: filter === "wachtend" ? "" : filter }} />
    </>
  );
}
