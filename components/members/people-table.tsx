import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import type { PersonRow } from "@/lib/members/list-people";
import { roleLabels } from "@/lib/members/labels";
import { organisationTypeLabels } from "@/lib/members/sign-up-schema";

function organisationOf(person: PersonRow) {
  if (person.municipality) return `Gemeente ${person.municipality.name}`;
  return person.organisationName ?? (person.organisationType ? organisationTypeLabels[person.organisationType] : "—");
}

const columns: Column<PersonRow>[] = [
  { header: "Naam", cell: (person) => <Link href={`/beheer/mensen/${person.id}`}>{person.name}</Link> },
  { header: "E-mailadres", cell: (person) => person.email ?? "—", className: "break-all" },
  { header: "Organisatie", cell: organisationOf },
  { header: "Rol", cell: (person) => roleLabels[person.role] },
  { header: "Status", cell: (person) => (person.deactivatedAt ? "Gedeactiveerd" : "Actief") },
];

export function PeopleTable({ people, caption, empty }: { people: PersonRow[]; caption: string; empty: string }) {
  return <DataTable columns={columns} rows={people} caption={caption} empty={empty} />;
}
