import "server-only";
import type { Database } from "../db/client";
import { excelCsv } from "../format/excel-csv";
import { textValues } from "../format/text-values";
import { positionRoleLabels } from "../kernclub/position-role";
import { roleLabels } from "./labels";
import { findPeopleWhere, type PeopleFilter } from "./list-people";
import { organisationTypeLabels } from "./sign-up-schema";
import { personDetailsSelect } from "./person-select";

// The headers /beheer/importeren recognises, so a downloaded list can be imported again.
const columns = [
  { key: "name", header: "Naam" },
  { key: "email", header: "E-mailadres" },
  { key: "phone", header: "Telefoon" },
  { key: "jobTitle", header: "Functie" },
  { key: "organisationType", header: "Soort organisatie" },
  { key: "municipality", header: "Gemeente" },
  { key: "organisation", header: "Organisatie" },
  { key: "kernclubRole", header: "Kernclubrol" },
  { key: "role", header: "Rol" },
  { key: "status", header: "Status" },
];

/** Everyone the people list shows with these filters, every page, as a CSV file for Excel (in two queries). */
export async function peopleCsv(db: Database, filter: Omit<PeopleFilter, "page">): Promise<string> {
  const people = await db.user.findMany({
    where: await findPeopleWhere(db, filter),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...personDetailsSelect,
      deactivatedAt: true,
      municipality: { select: { name: true } },
      positions: { where: { endedOn: null, role: { not: "SECRETARY" } }, select: { role: true }, take: 1 },
    },
  });
  return excelCsv(
    columns,
    people.map((person) => ({
      ...textValues(person, ["name", "email", "phone", "jobTitle"]),
      organisationType: person.organisationType ? organisationTypeLabels[person.organisationType] : "",
      municipality: person.municipality?.name ?? "",
      organisation: person.organisationName ?? "",
      kernclubRole: person.positions[0] ? positionRoleLabels[person.positions[0].role] : "",
      role: roleLabels[person.role],
      status: person.deactivatedAt ? "gedeactiveerd" : "actief",
    })),
  );
}
