import { inputClass } from "@/components/forms/field";
import { roleLabels } from "@/lib/members/labels";
import { peopleStatusLabels } from "@/lib/members/list-people";

/** The role and status filters inside the people search form. */
export function PeopleFilters({ role, status }: { role: string; status: string }) {
  return (
    <>
      <div>
        <label htmlFor="rol" className="block font-semibold">
          Rol
        </label>
        <select id="rol" name="rol" defaultValue={role} className={`${inputClass} mt-1`}>
          <option value="">Alle rollen</option>
          {Object.entries(roleLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="block font-semibold">
          Status
        </label>
        <select id="status" name="status" defaultValue={status} className={`${inputClass} mt-1`}>
          <option value="">Actief en gedeactiveerd</option>
          {Object.entries(peopleStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
