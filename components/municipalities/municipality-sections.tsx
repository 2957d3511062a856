import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatEuros } from "@/lib/format/money";
import { feeStatusLabels } from "@/lib/fees/labels";
import type { MunicipalityPage } from "@/lib/municipalities/load-municipality";

export function ColleaguesList({ users, total }: { users: MunicipalityPage["users"]; total: number }) {
  if (!total) return <p>Nog niemand van deze gemeente heeft een account.</p>;
  return (
    <>
      <p className="mb-2">
        {total === 1 ? "1 persoon" : `${total} mensen`}
        {total > users.length ? `; hieronder de eerste ${users.length} op naam.` : "."}
      </p>
      <ul className="list-disc pl-6">
        {users.map((user) => (
          <li key={user.id}>
            <Link href={`/beheer/mensen/${user.id}`}>{user.name}</Link>
            {user.jobTitle && `, ${user.jobTitle}`}
            {user.deactivatedAt && " (gedeactiveerd)"}
          </li>
        ))}
      </ul>
    </>
  );
}

type Fee = MunicipalityPage["feeRecords"][number];

const feeColumns: Column<Fee>[] = [
  { header: "Jaar", cell: (fee) => <Link href={`/beheer/bijdragen/${fee.id}`}>Bijdrage {fee.year}</Link> },
  { header: "Bedrag", cell: (fee) => formatEuros(fee.amountCents) },
  { header: "Status", cell: (fee) => feeStatusLabels[fee.status] },
];

export function FeesTable({ fees }: { fees: Fee[] }) {
  return <DataTable columns={feeColumns} rows={fees} empty="Nog geen bijdragen." className="max-w-xl" />;
}
