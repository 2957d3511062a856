import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { municipalityDetailsSelect } from "../municipalities/municipality-details";
import type { ImportRows } from "./import-rows";
import { personDetailsSelect } from "../members/person-select";

type Tx = Prisma.TransactionClient | Database;

const municipalitySelect = {
  id: true,
  name: true,
  slug: true,
  ...municipalityDetailsSelect,
} as const;

const personSelect = {
  id: true,
  ...personDetailsSelect,
  municipalityId: true,
  admittedAt: true,
  deactivatedAt: true,
  positions: { where: { endedOn: null }, select: { role: true } },
} as const;

export type ExistingMunicipality = Prisma.MunicipalityGetPayload<{ select: typeof municipalitySelect }>;
export type ExistingPerson = Prisma.UserGetPayload<{ select: typeof personSelect }>;

/** What the database holds that an import compares with: every municipality, the people in the file, and their years. */
export type ImportSnapshot = { municipalities: ExistingMunicipality[]; people: ExistingPerson[]; memberships: { municipalityId: string; year: number }[] };

/** In a fixed number of queries, however many rows the file has. */
export async function loadImportSnapshot(tx: Tx, rows: ImportRows): Promise<ImportSnapshot> {
  const emails = [...new Set(rows.rows.flatMap((row) => (row.person ? [row.person.values.email] : [])))];
  const years = [...new Set(rows.rows.flatMap((row) => row.municipality?.years ?? []))];
  const [municipalities, people, memberships] = await Promise.all([
    tx.municipality.findMany({ select: municipalitySelect, orderBy: { name: "asc" } }),
    emails.length ? tx.user.findMany({ where: { email: { in: emails } }, select: personSelect }) : [],
    years.length ? tx.membership.findMany({ where: { year: { in: years } }, select: { municipalityId: true, year: true } }) : [],
  ]);
  return { municipalities, people, memberships };
}
