import { annualFeeCents } from "../fees/fee-amount";
import { formatEuros } from "../format/money";
import { slugify } from "../format/slug";
import type { ImportWrites, MunicipalityColumns, MunicipalityRef, PlannedRow, PlanOptions } from "./import-plan";
import type { ExistingMunicipality, ImportSnapshot } from "./load-import-snapshot";
import { looseName, type MunicipalityIndex } from "./municipality-index";
import type { PlanContext } from "./plan-context";
import type { MunicipalityRow, MunicipalityValues, RowRef, RowResult } from "./import-rows";

/** One municipality of the file, with everything the rows say about it. */
export type MunicipalityRecord = {
  key: string;
  existing: ExistingMunicipality | null;
  name: string;
  first: RowRef;
  fromTable: boolean;
  values: MunicipalityValues;
  columns: MunicipalityRow["columns"];
  years: Set<number>;
};

export const refOf = (record: MunicipalityRecord): MunicipalityRef => (record.existing ? { id: record.existing.id } : { key: record.key });

const valueLabels: Record<keyof MunicipalityValues, string> = {
  name: "naam",
  cbsCode: "CBS-code",
  invoiceContactName: "contactpersoon facturen",
  invoiceContactEmail: "e-mailadres facturen",
  invoiceStreet: "straat (factuuradres)",
  invoicePostcode: "postcode (factuuradres)",
  invoiceCity: "plaats (factuuradres)",
  purchaseOrderNumber: "opdrachtnummer",
  oin: "OIN",
};

type Target = { existing: ExistingMunicipality } | { newName: string; slug: string } | { problem: string; column: string | null };

/** Which municipality a row means: by CBS code, else by exact name; a name that only looks like one is a problem. */
function targetOf(row: MunicipalityRow, index: MunicipalityIndex): Target {
  const { name, cbsCode } = row.values;
  const byCbs = cbsCode ? index.withCbs(cbsCode) : null;
  if (byCbs) {
    if (name && name !== byCbs.name) {
      return {
        problem: `CBS-code ${cbsCode} hoort bij de gemeente ${byCbs.name}, niet bij “${name}”. Pas de naam of de code aan.`,
        column: row.columns.cbsCode ?? null,
      };
    }
    return { existing: byCbs };
  }
  if (!name) return { problem: `Er is geen gemeente met CBS-code ${cbsCode}. Vul de naam in om haar toe te voegen.`, column: row.columns.cbsCode ?? null };
  const byName = index.named(name);
  if (byName) {
    if (cbsCode && byName.cbsCode && byName.cbsCode !== cbsCode) {
      return { problem: `De gemeente ${byName.name} heeft CBS-code ${byName.cbsCode}, niet ${cbsCode}.`, column: row.columns.cbsCode ?? null };
    }
    return { existing: byName };
  }
  const similar = index.similar(name);
  // Another CBS code than the look-alike's: a different municipality ("Bergen (NH.)" beside "Bergen (L.)").
  if (similar && !(cbsCode && similar.cbsCode && similar.cbsCode !== cbsCode)) {
    return {
      problem: `“${name}” lijkt op de bestaande gemeente ${similar.name}. Schrijf de naam precies zo${similar.cbsCode ? ` of gebruik CBS-code ${similar.cbsCode}` : ""}; een nieuwe gemeente met een naam die erop lijkt, voeg je toe bij Gemeenten.`,
      column: row.columns.name ?? null,
    };
  }
  return { newName: name, slug: slugify(name) };
}

/**
 * Gathers the municipalities of the file: rows of a municipalities sheet (each municipality once), then the details
 * on people's rows (repeated per person: the same values, or a problem).
 */
export function gatherMunicipalities(results: RowResult[], index: MunicipalityIndex, context: PlanContext) {
  const records = new Map<string, MunicipalityRecord>();
  const recordOfRow = new Map<string, MunicipalityRecord>();
  const newByCbs = new Map<string, MunicipalityRecord>();
  const ordered = [...results.filter((result) => result.kind === "municipality"), ...results.filter((result) => result.kind === "person")];
  for (const result of ordered) {
    const row = result.municipality;
    if (!row || context.skipped(result.ref)) continue;
    const target = targetOf(row, index);
    if ("problem" in target) {
      context.add(result.ref, target.column, target.problem);
      continue;
    }
    const key = "existing" in target ? target.existing.id : `new:${target.slug}`;
    const record = records.get(key);
    const fromTable = result.kind === "municipality";
    if (record && fromTable) {
      context.add(result.ref, row.columns.name ?? row.columns.cbsCode ?? null, `De gemeente ${record.name} staat ook al in ${context.where(record.first)}.`);
      continue;
    }
    const sameCbs = !("existing" in target) && row.values.cbsCode ? newByCbs.get(row.values.cbsCode) : undefined;
    if (sameCbs && sameCbs.key !== key) {
      context.add(
        result.ref,
        row.columns.cbsCode ?? null,
        `CBS-code ${row.values.cbsCode} staat ook bij de gemeente ${sameCbs.name} in ${context.where(sameCbs.first)}.`,
      );
      continue;
    }
    if (record) {
      const conflict = (Object.keys(row.values) as (keyof MunicipalityValues)[]).find(
        (field) => record.values[field] !== undefined && row.values[field] !== undefined && record.values[field] !== row.values[field],
      );
      if (conflict) {
        context.add(
          result.ref,
          row.columns[conflict] ?? null,
          `Andere ${valueLabels[conflict]} voor de gemeente ${record.name} dan in ${context.where(record.first)}: “${row.values[conflict]}” tegenover “${record.values[conflict]}”.`,
        );
        continue;
      }
      Object.assign(record.values, Object.fromEntries(Object.entries(row.values).filter(([, value]) => value !== undefined)));
      record.columns = { ...row.columns, ...record.columns };
      row.years.forEach((year) => record.years.add(year));
    } else {
      const name = "existing" in target ? target.existing.name : target.newName;
      const created: MunicipalityRecord = {
        key,
        existing: "existing" in target ? target.existing : null,
        name,
        first: result.ref,
        fromTable,
        values: { ...row.values },
        columns: { ...row.columns },
        years: new Set(row.years),
      };
      records.set(key, created);
      if (!created.existing && row.values.cbsCode) newByCbs.set(row.values.cbsCode, created);
    }
    recordOfRow.set(context.keyOf(result.ref), records.get(key)!);
  }
  return { records, recordOfRow };
}

const ADDRESS = ["invoiceStreet", "invoicePostcode", "invoiceCity"] as const;
const SINGLE = ["cbsCode", "invoiceContactName", "invoiceContactEmail", "purchaseOrderNumber", "oin"] as const;

/** What the import writes for each municipality: new ones whole; existing ones only empty fields, or all with "overschrijven". */
export function planMunicipalities(records: Iterable<MunicipalityRecord>, snapshot: ImportSnapshot, options: PlanOptions, writes: ImportWrites) {
  const planned: PlannedRow[] = [];
  const memberYears = new Set(snapshot.memberships.map((membership) => `${membership.municipalityId}:${membership.year}`));
  for (const record of records) {
    const changes: string[] = [];
    const kept: string[] = [];
    let outcome: PlannedRow["outcome"] = "unchanged";
    const { existing, values } = record;
    if (!existing) {
      outcome = "create";
      const columns = Object.fromEntries([...SINGLE, ...ADDRESS].map((field) => [field, values[field] ?? null])) as MunicipalityColumns;
      writes.newMunicipalities.push({ key: record.key, slug: slugify(record.name), values: { ...columns, name: record.name } });
    } else {
      const set: Partial<MunicipalityColumns> = {};
      for (const field of SINGLE) {
        const value = values[field];
        if (value === undefined || value === existing[field]) continue;
        if (existing[field] === null || options.overwrite) set[field] = value;
        else kept.push(valueLabels[field]);
      }
      const address = ADDRESS.map((field) => values[field]);
      if (address.every((value) => value !== undefined) && ADDRESS.some((field, position) => existing[field] !== address[position])) {
        if (ADDRESS.every((field) => existing[field] === null) || options.overwrite) ADDRESS.forEach((field, position) => (set[field] = address[position]!));
        else kept.push("factuuradres");
      }
      const fields = Object.keys(set) as (keyof MunicipalityColumns)[];
      if (fields.length) {
        outcome = "update";
        changes.push(...fields.filter((field) => !ADDRESS.includes(field as (typeof ADDRESS)[number])).map((field) => valueLabels[field]));
        if (ADDRESS.some((field) => field in set)) changes.push("factuuradres");
        writes.municipalityUpdates.push({
          id: existing.id,
          label: existing.name,
          set,
          before: Object.fromEntries(fields.map((field) => [field, existing[field]])),
          after: set,
        });
      }
    }
    for (const year of [...record.years].sort()) {
      if (existing && memberYears.has(`${existing.id}:${year}`)) continue;
      writes.memberships.push({ municipality: refOf(record), label: record.name, year });
      changes.push(`doet mee in ${year} (bijdrage ${formatEuros(annualFeeCents())})`);
      if (outcome === "unchanged") outcome = "update";
    }
    planned.push({ ref: record.first, kind: "municipality", label: record.name, outcome, changes, kept });
  }
  return planned;
}

/** Municipalities the file names but that are not imported (a problem in their own row), by loose name and CBS code. */
export function failedMunicipalities(results: RowResult[], context: PlanContext) {
  const failed = new Map<string, RowRef>();
  for (const result of results) {
    if (result.kind !== "municipality" || !context.skipped(result.ref)) continue;
    failed.set(looseName(result.label), result.ref);
  }
  return failed;
}
