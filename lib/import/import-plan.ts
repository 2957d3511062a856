import type { OrganisationType, PositionRole, UserRole } from "../db/generated/enums";
import type { MunicipalityValues, Problem, RowRef } from "./import-rows";

/** An existing municipality, or one this import creates (by its key). */
export type MunicipalityRef = { id: string } | { key: string };
/** An existing person, or one this import creates (by e-mail address). */
export type PersonRef = { id: string } | { email: string };

export type MunicipalityColumns = Required<{ [K in keyof MunicipalityValues]: string | null }>;
export type NewMunicipality = { key: string; slug: string; values: MunicipalityColumns & { name: string } };
export type PersonColumns = {
  name: string;
  phone: string | null;
  jobTitle: string | null;
  organisationType: OrganisationType;
  organisationName: string | null;
  municipality: MunicipalityRef | null;
};
export type NewPerson = PersonColumns & { email: string; role: UserRole };
/** Only what changes: `set` is written; `before` and `after` are the readable values for the log. */
export type RecordUpdate<T> = { id: string; label: string; set: Partial<T>; before: Record<string, unknown>; after: Record<string, unknown> };
export type PersonSet = Partial<PersonColumns> & { role?: UserRole; admit?: true };
export type NewPosition = { person: PersonRef; label: string; role: PositionRole; municipality: MunicipalityRef | null };
export type NewMembership = { municipality: MunicipalityRef; label: string; year: number };

export type RowOutcome = "create" | "update" | "unchanged" | "skip";

/** What the preview shows for one row: what happens to the person or municipality in it, and what changes. */
export type PlannedRow = { ref: RowRef; kind: "person" | "municipality"; label: string; outcome: RowOutcome; changes: string[]; kept: string[] };

export type ImportWrites = {
  newMunicipalities: NewMunicipality[];
  municipalityUpdates: RecordUpdate<MunicipalityColumns>[];
  newPeople: NewPerson[];
  personUpdates: RecordUpdate<PersonSet>[];
  positions: NewPosition[];
  memberships: NewMembership[];
};

export type OutcomeCounts = Record<RowOutcome, number>;

export type ImportPlan = {
  rows: PlannedRow[];
  problems: Problem[];
  notices: string[];
  writes: ImportWrites;
  counts: { people: OutcomeCounts; municipalities: OutcomeCounts; memberships: number; positions: number };
  /** A hash of everything the import would write: the confirmation must match what the secretary saw. */
  fingerprint: string;
};

export type PlanOptions = { overwrite: boolean; currentYear: number; today: string; adminEmails: readonly string[] };

export function whereIs(ref: RowRef, sheets: number) {
  return sheets > 1 ? `rij ${ref.row} van werkblad “${ref.sheet}”` : `rij ${ref.row}`;
}
