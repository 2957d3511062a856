import type { PositionRole, UserRole } from "../db/generated/enums";
import { roleLabels } from "../members/labels";
import { positionRoleLabels } from "../kernclub/position-role";
import type { ImportWrites, MunicipalityRef, PersonColumns, PersonSet, PlannedRow, PlanOptions } from "./import-plan";
import type { ExistingPerson, ImportSnapshot } from "./load-import-snapshot";
import { looseName, type MunicipalityIndex } from "./municipality-index";
import type { PlanContext } from "./plan-context";
import { type MunicipalityRecord, refOf } from "./plan-municipalities";
import type { PersonRow, RowRef, RowResult } from "./import-rows";

const roleRank: Record<UserRole, number> = { GUEST: 0, MEMBER: 1, KERNCLUB: 2, SECRETARY: 3 };

/** Before the municipalities are gathered: the same address twice, and accounts the secretary switched off. */
export function checkPeople(results: RowResult[], snapshot: ImportSnapshot, context: PlanContext) {
  const seen = new Map<string, RowRef>();
  const existing = new Map(snapshot.people.map((person) => [person.email, person]));
  for (const result of results) {
    const person = result.person;
    if (!person || context.skipped(result.ref)) continue;
    const earlier = seen.get(person.values.email);
    if (earlier) context.add(result.ref, person.columns.email ?? null, `Het e-mailadres ${person.values.email} staat ook al in ${context.where(earlier)}.`);
    else seen.set(person.values.email, result.ref);
    if (existing.get(person.values.email)?.deactivatedAt) {
      context.add(
        result.ref,
        person.columns.email ?? null,
        `Het account van ${person.values.email} is gedeactiveerd. Zet het eerst weer aan bij Mensen, of haal de rij weg.`,
      );
    }
  }
}

type Lookup = {
  index: MunicipalityIndex;
  records: Map<string, MunicipalityRecord>;
  recordOfRow: Map<string, MunicipalityRecord>;
  failed: Map<string, RowRef>;
};

/** The municipality a person works for: from the details on their row, an existing one, or one this file adds. */
function municipalityOf(result: RowResult, person: PersonRow, lookup: Lookup, context: PlanContext): { ref: MunicipalityRef; name: string } | null {
  const text = person.values.municipality!;
  const column = person.columns.municipality ?? null;
  const own = lookup.recordOfRow.get(context.keyOf(result.ref));
  if (own) return { ref: refOf(own), name: own.name };
  const existing = lookup.index.find(text);
  if (existing) return { ref: { id: existing.id }, name: existing.name };
  const added = [...lookup.records.values()].find(
    (record) => !record.existing && (looseName(record.name) === looseName(text) || record.values.cbsCode === text.toUpperCase()),
  );
  if (added) return { ref: { key: added.key }, name: added.name };
  const failed = lookup.failed.get(looseName(text));
  if (failed) context.add(result.ref, column, `De gemeente “${text}” wordt niet geïmporteerd: zie ${context.where(failed)}.`);
  else {
    const similar = lookup.index.similar(text);
    context.add(
      result.ref,
      column,
      similar
        ? `Onbekende gemeente “${text}”. Bedoel je ${similar.name}? Schrijf de naam dan precies zo.`
        : `Onbekende gemeente “${text}”. Zet haar in een werkblad met gemeenten (met naam en CBS-code), of voeg haar eerst toe bij Gemeenten.`,
    );
  }
  return null;
}

function targetRole(person: PersonRow, options: PlanOptions): UserRole {
  if (options.adminEmails.includes(person.values.email)) return "SECRETARY";
  const role: PositionRole | null = person.values.kernclubRole;
  return role === "CHAIR" || role === "KERNCLUB_MEMBER" ? "KERNCLUB" : "MEMBER";
}

const fieldLabels = { name: "naam", phone: "telefoon", jobTitle: "functie" } as const;

/** The changes to an existing person: empty fields are filled, others only with "overschrijven"; admission always. */
function updateOf(existing: ExistingPerson, columns: PersonColumns, municipalityName: string | null, role: UserRole, options: PlanOptions) {
  const set: PersonSet = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const changes: string[] = [];
  const kept: string[] = [];
  for (const field of ["name", "phone", "jobTitle"] as const) {
    const value = columns[field];
    if (value === null || value === existing[field]) continue;
    if (existing[field] === null || options.overwrite) {
      set[field] = value;
      before[field] = existing[field];
      after[field] = value;
      changes.push(fieldLabels[field]);
    } else kept.push(fieldLabels[field]);
  }
  const sameOrganisation =
    existing.organisationType === columns.organisationType &&
    (columns.municipality ? "id" in columns.municipality && existing.municipalityId === columns.municipality.id : existing.municipalityId === null) &&
    (existing.organisationName ?? null) === columns.organisationName;
  if (!sameOrganisation) {
    if (existing.organisationType === null || options.overwrite) {
      Object.assign(set, { organisationType: columns.organisationType, organisationName: columns.organisationName, municipality: columns.municipality });
      Object.assign(before, {
        organisationType: existing.organisationType,
        organisationName: existing.organisationName,
        municipalityId: existing.municipalityId,
      });
      Object.assign(after, { organisationType: columns.organisationType, organisationName: columns.organisationName, municipality: municipalityName });
      changes.push(municipalityName ? `gemeente ${municipalityName}` : "organisatie");
    } else kept.push(municipalityName ? "gemeente" : "organisatie");
  }
  if (existing.role !== "SECRETARY" && roleRank[role] > roleRank[existing.role]) {
    set.role = role;
    before.role = existing.role;
    after.role = role;
    changes.push(`rol ${roleLabels[role].toLowerCase()}`);
  }
  if (!existing.admittedAt) {
    set.admit = true;
    before.admitted = false;
    after.admitted = true;
    changes.push("toegelaten");
  }
  return { set, before, after, changes, kept };
}

/** What the import writes for each person row: new people (admitted), changes to known ones, kernclub positions. */
export function planPeople(results: RowResult[], snapshot: ImportSnapshot, lookup: Lookup, options: PlanOptions, context: PlanContext, writes: ImportWrites) {
  const planned: PlannedRow[] = [];
  const existingByEmail = new Map(snapshot.people.map((person) => [person.email, person]));
  for (const result of results) {
    const person = result.person;
    if (!person || context.skipped(result.ref)) continue;
    const municipal = person.values.organisationType === "MUNICIPALITY";
    const municipality = municipal ? municipalityOf(result, person, lookup, context) : null;
    if (municipal && !municipality) continue;
    const { values } = person;
    const columns: PersonColumns = {
      name: values.name,
      phone: values.phone ?? null,
      jobTitle: values.jobTitle ?? null,
      organisationType: values.organisationType,
      organisationName: values.organisationType === "MINISTRY" || values.organisationType === "OTHER" ? (values.organisationName ?? null) : null,
      municipality: municipality?.ref ?? null,
    };
    const role = targetRole(person, options);
    const existing = existingByEmail.get(values.email);
    const row: PlannedRow = { ref: result.ref, kind: "person", label: values.name, outcome: "unchanged", changes: [], kept: [] };
    if (!existing) {
      writes.newPeople.push({ ...columns, email: values.email, role });
      row.outcome = "create";
      row.changes.push("toegelaten", ...(municipality ? [`gemeente ${municipality.name}`] : []));
    } else {
      const update = updateOf(existing, columns, municipality?.name ?? null, role, options);
      row.changes.push(...update.changes);
      row.kept.push(...update.kept);
      if (update.changes.length) {
        row.outcome = "update";
        writes.personUpdates.push({ id: existing.id, label: existing.name, set: update.set, before: update.before, after: update.after });
      }
    }
    const position = values.kernclubRole;
    if (position && !existing?.positions.some((held) => held.role === position)) {
      writes.positions.push({
        person: existing ? { id: existing.id } : { email: values.email },
        label: values.name,
        role: position,
        municipality: municipality?.ref ?? null,
      });
      row.changes.push(`kernclub: ${positionRoleLabels[position].toLowerCase()}`);
      if (row.outcome === "unchanged") row.outcome = "update";
    }
    planned.push(row);
  }
  return planned;
}
