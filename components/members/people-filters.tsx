import { FilterSelect } from "@/components/admin/filter-select";
import { roleLabels } from "@/lib/members/labels";
import { peopleStatusLabels } from "@/lib/members/list-people";

/** The role and status filters inside the people search form. */
export function PeopleFilters({ role, status }: { role: string; status: string }) {
  return (
    <>
      <FilterSelect name="rol" label="Rol" allLabel="Alle rollen" options={roleLabels} value={role} />
      <FilterSelect name="status" label="Status" allLabel="Actief en gedeactiveerd" options={peopleStatusLabels} value={status} />
    </>
  );
}
