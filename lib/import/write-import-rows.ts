import "server-only";
import type { Prisma } from "../db/generated/client";
import { municipalityDetailKeys } from "../municipalities/municipality-details";
import type { MunicipalityColumns, PersonSet } from "./import-plan";

type Tx = Prisma.TransactionClient;

// Each write is one statement whatever the number of rows: the rows go in as one JSON parameter (createMany would
// be split by PostgreSQL's limit on parameters, and per-row updates would be a statement each).

const municipalityColumns = municipalityDetailKeys;
const quoted = (column: string) => `"${column}"`;

export type MunicipalityInsert = MunicipalityColumns & { id: string; name: string; slug: string };

export function insertMunicipalities(tx: Tx, rows: MunicipalityInsert[]) {
  if (!rows.length) return Promise.resolve(0);
  const columns = ["id", "name", "slug", ...municipalityColumns];
  return tx.$executeRawUnsafe(
    `INSERT INTO "Municipality" (${columns.map(quoted).join(", ")}, "createdAt", "updatedAt")
     SELECT ${columns.map(quoted).join(", ")}, now(), now() FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map((column) => `${quoted(column)} text`).join(", ")})`,
    JSON.stringify(rows),
  );
}

/** Sets only the columns present in each row's `changes`. */
export function updateMunicipalities(tx: Tx, rows: { id: string; changes: Partial<MunicipalityColumns> }[]) {
  if (!rows.length) return Promise.resolve(0);
  const sets = municipalityColumns.map(
    (column) => `${quoted(column)} = CASE WHEN r.changes ? '${column}' THEN r.changes->>'${column}' ELSE m.${quoted(column)} END`,
  );
  return tx.$executeRawUnsafe(
    `UPDATE "Municipality" AS m SET ${sets.join(", ")}, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, changes jsonb) WHERE m.id = r.id`,
    JSON.stringify(rows),
  );
}

export type PersonInsert = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  organisationType: string;
  organisationName: string | null;
  municipalityId: string | null;
  role: string;
};

/** New people, admitted now: the secretary brought them in. */
export function insertPeople(tx: Tx, rows: PersonInsert[]) {
  if (!rows.length) return Promise.resolve(0);
  return tx.$executeRawUnsafe(
    `INSERT INTO "User" (id, name, email, phone, "jobTitle", "organisationType", "organisationName", "municipalityId", role, "admittedAt", "createdAt", "updatedAt")
     SELECT id, name, email, phone, "jobTitle", "organisationType"::"OrganisationType", "organisationName", "municipalityId", role::"UserRole", now(), now(), now()
     FROM jsonb_to_recordset($1::jsonb)
       AS r(id text, name text, email text, phone text, "jobTitle" text, "organisationType" text, "organisationName" text, "municipalityId" text, role text)`,
    JSON.stringify(rows),
  );
}

export type PersonChanges = Omit<PersonSet, "municipality"> & { municipalityId?: string | null };

export function updatePeople(tx: Tx, rows: { id: string; changes: PersonChanges }[]) {
  if (!rows.length) return Promise.resolve(0);
  const text = (column: string) => `${quoted(column)} = CASE WHEN r.changes ? '${column}' THEN r.changes->>'${column}' ELSE u.${quoted(column)} END`;
  const typed = (column: string, type: string) =>
    `${quoted(column)} = CASE WHEN r.changes ? '${column}' THEN (r.changes->>'${column}')::"${type}" ELSE u.${quoted(column)} END`;
  return tx.$executeRawUnsafe(
    `UPDATE "User" AS u SET ${["name", "phone", "jobTitle", "organisationName", "municipalityId"].map(text).join(", ")},
       ${typed("organisationType", "OrganisationType")}, ${typed("role", "UserRole")},
       "admittedAt" = CASE WHEN r.changes ? 'admit' THEN coalesce(u."admittedAt", now()) ELSE u."admittedAt" END,
       "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, changes jsonb) WHERE u.id = r.id`,
    JSON.stringify(rows),
  );
}

export type PositionInsert = { id: string; userId: string; role: string; municipalityId: string | null; startedOn: string };

/** Kernclub positions from today; one the person already got today is not given twice. Returns those made. */
export function insertPositions(tx: Tx, rows: PositionInsert[]) {
  if (!rows.length) return Promise.resolve([]);
  return tx.$queryRawUnsafe<{ id: string; userId: string; role: string }[]>(
    `INSERT INTO "Position" (id, "userId", role, "municipalityId", "startedOn")
     SELECT id, "userId", role::"PositionRole", "municipalityId", "startedOn"::date
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, "userId" text, role text, "municipalityId" text, "startedOn" text)
     ON CONFLICT ("userId", role, "startedOn") DO NOTHING
     RETURNING id, "userId", role::text`,
    JSON.stringify(rows),
  );
}
