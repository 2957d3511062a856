import Link from "next/link";
import type { PersonRow } from "@/lib/members/list-people";
import { roleLabels } from "@/lib/members/labels";
import { organisationTypeLabels } from "@/lib/members/sign-up-schema";

function organisationOf(person: PersonRow) {
  if (person.municipality) return `Gemeente ${person.municipality.name}`;
  return person.organisationName ?? (person.organisationType ? organisationTypeLabels[person.organisationType] : "—");
}

export function PeopleTable({ people, caption }: { people: PersonRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Naam
            </th>
            <th scope="col" className="py-2 pr-4">
              E-mailadres
            </th>
            <th scope="col" className="py-2 pr-4">
              Organisatie
            </th>
            <th scope="col" className="py-2 pr-4">
              Rol
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-neutral-300">
              <td className="py-2 pr-4">
                <Link href={`/beheer/mensen/${person.id}`}>{person.name}</Link>
              </td>
              <td className="py-2 pr-4 break-all">{person.email ?? "—"}</td>
              <td className="py-2 pr-4">{organisationOf(person)}</td>
              <td className="py-2 pr-4">{roleLabels[person.role]}</td>
              <td className="py-2 pr-4">{person.deactivatedAt ? "Gedeactiveerd" : "Actief"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
