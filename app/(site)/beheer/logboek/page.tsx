import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { FilterSelect } from "@/components/admin/filter-select";
import { Pagination } from "@/components/admin/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { auditEntityLabels } from "@/lib/audit/labels";
import { listAuditActors, listAuditEntries } from "@/lib/audit/list-audit-entries";
import { auditEntityTypes } from "@/lib/audit/record-change";
import { requireSecretary } from "@/lib/auth/guards";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Logboek" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/logboek");
  const params = await searchParams;
  const type = auditEntityTypes.find((entityType) => entityType === param(params, "type")) ?? "";
  const id = param(params, "id");
  const actor = param(params, "door");
  const [entries, actors] = await Promise.all([
    listAuditEntries(db, { entityType: type || undefined, entityId: id || undefined, actorLabel: actor || undefined }, pageOf(params)),
    listAuditActors(db),
  ]);
  return (
    <>
      <PageHeader title="Logboek" intro="Elke wijziging in het beheer: wie, wanneer, welk record en wat er veranderde." />
      <form action="/beheer/logboek" method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <FilterSelect name="type" label="Soort record" allLabel="Alle soorten" options={auditEntityLabels} value={type} />
        <FilterSelect
          name="door"
          label="Gewijzigd door"
          allLabel="Iedereen"
          options={Object.fromEntries(actors.map((label) => [label, label]))}
          value={actor}
        />
        {id && <input type="hidden" name="id" value={id} />}
        <button type="submit" className="button cursor-pointer">
          Filter
        </button>
      </form>
      {id && (
        <p className="mb-4">
          Alleen de wijzigingen van één record. <Link href="/beheer/logboek">Toon alle wijzigingen</Link>
        </p>
      )}
      <AuditList entries={entries.items} emptyText="Geen wijzigingen gevonden." />
      <Pagination page={entries.page} hasNext={entries.hasNext} basePath="/beheer/logboek" query={{ type, id, door: actor }} />
    </>
  );
}
