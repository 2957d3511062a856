import type { Metadata } from "next";
import { Pagination } from "@/components/admin/pagination";
import { StatusLinks } from "@/components/admin/status-links";
import { ApplicationsTable } from "@/components/applications/applications-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { applicationStatusFilters } from "@/lib/members/application-labels";
import { listApplications } from "@/lib/members/list-applications";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { db } from "@/lib/db/client";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Aanmeldingen" };

const decisions = {
  goedgekeurd: "De aanmelding is goedgekeurd en de aanvrager krijgt een e-mail.",
  afgewezen: "De aanmelding is afgewezen en de aanvrager krijgt een e-mail.",
} as const;

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/aanmeldingen");
  const params = await searchParams;
  const filter = (Object.keys(applicationStatusFilters).find((key) => key === param(params, "status")) ?? "wachtend") as keyof typeof applicationStatusFilters;
  const { items, total, page, pageCount } = await listApplications(db, applicationStatusFilters[filter], pageOf(params));
  const decision = decisions[param(params, "besluit") as keyof typeof decisions];
  return (
    <>
      <PageHeader title="Aanmeldingen" intro="Aanmeldingen die op je besluit wachten, en eerdere besluiten." />
      {decision && <StatusMessage>{decision}</StatusMessage>}
      <StatusLinks
        label="Status van de aanmeldingen"
        basePath="/beheer/aanmeldingen"
        options={Object.fromEntries(Object.keys(applicationStatusFilters).map((key) => [key, key[0].toUpperCase() + key.slice(1)]))}
        current={filter}
        defaultKey="wachtend"
      />
      <ApplicationsTable applications={items} status={filter} />
      <Pagination page={page} pageCount={pageCount} total={total} basePath="/beheer/aanmeldingen" query={{ status: filter === "wachtend" ? "" : filter }} />
    </>
  );
}
