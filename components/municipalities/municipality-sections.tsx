import Link from "next/link";
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

export function FeesTable({ fees }: { fees: MunicipalityPage["feeRecords"] }) {
  if (!fees.length) return <p>Nog geen bijdragen.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full max-w-xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Jaar
            </th>
            <th scope="col" className="py-2 pr-4">
              Bedrag
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {fees.map((fee) => (
            <tr key={fee.id} className="border-b border-neutral-300">
              <td className="py-2 pr-4">
                <Link href={`/beheer/bijdragen/${fee.id}`}>Bijdrage {fee.year}</Link>
              </td>
              <td className="py-2 pr-4">{formatEuros(fee.amountCents)}</td>
              <td className="py-2 pr-4">{feeStatusLabels[fee.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
