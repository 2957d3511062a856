import type { OrganisationType } from "../db/generated/enums";
import { type ColumnMapping, tableKind } from "./import-fields";
import type { ImportRows, MunicipalityRow, PersonRow, PersonValues, RowResult } from "./import-rows";
import { parseEmail, parseKernclubRole, parseOrganisationType, parsePhone, parseText } from "./parse-import-values";
import { municipalityFields, readMunicipality } from "./read-municipality-cells";
import { type Cell, RowReader } from "./row-reader";
import type { SheetTable } from "./sheet-table";

function readPerson(reader: RowReader, currentYear: number): RowResult {
  const name = reader.cell("person.name");
  const nameParts = (["person.firstName", "person.infix", "person.lastName"] as const)
    .map((field) => reader.cell(field))
    .filter((cell): cell is Cell => Boolean(cell));
  const nameCell =
    name ?? (nameParts.length ? { text: nameParts.map((part) => part.text).join(" "), column: nameParts.map((part) => part.column).join(" + ") } : null);
  const email = reader.cell("person.email");
  const label = nameCell?.text || email?.text || "(geen naam)";
  const columns: PersonRow["columns"] = {};
  const take = <T>(key: keyof PersonValues, parsed: { value: T; column: string } | undefined) => {
    if (parsed) columns[key] = parsed.column;
    return parsed?.value;
  };

  let personName: string | undefined;
  if (!nameCell) reader.problem(null, "Vul de naam in.");
  else {
    const parsed = parseText(nameCell.text, { min: 2, max: 100, what: "Een naam" });
    if ("problem" in parsed) reader.problem(nameCell.column, parsed.problem);
    else personName = take("name", { value: parsed.value, column: nameCell.column });
  }
  if (!email)
    reader.problem(reader.cells("person.email")[0]?.column ?? null, "Vul het e-mailadres in: daaraan herkent de site iemand bij een volgende import.");
  const address = take("email", reader.parse("person.email", parseEmail));
  const phone = take("phone", reader.parse("person.phone", parsePhone));
  const jobTitle = take(
    "jobTitle",
    reader.parse("person.jobTitle", (text) => parseText(text, { max: 100, what: "Een functie" })),
  );
  const municipality = reader.cell("person.municipality");
  const organisationName = take(
    "organisationName",
    reader.parse("person.organisationName", (text) => parseText(text, { min: 2, max: 120, what: "De naam van de organisatie" })),
  );
  const typeCell = reader.cell("person.organisationType");
  const type = take("organisationType", reader.parse("person.organisationType", parseOrganisationType));
  const kernclubRole = take("kernclubRole", reader.parse("person.kernclubRole", parseKernclubRole)) ?? null;

  const organisationType: OrganisationType | undefined = type ?? (municipality ? "MUNICIPALITY" : organisationName ? "OTHER" : undefined);
  if (!organisationType && !typeCell) reader.problem(null, "Vul de gemeente of de organisatie in waar deze persoon werkt.");
  if (organisationType === "MUNICIPALITY" && !municipality) reader.problem(typeCell?.column ?? null, "Vul de gemeente in waar deze persoon werkt.");
  if ((organisationType === "MINISTRY" || organisationType === "OTHER") && !organisationName && !reader.cell("person.organisationName")) {
    reader.problem(typeCell?.column ?? null, "Vul de naam van de organisatie in.");
  }
  if (municipality) columns.municipality = municipality.column;

  // A people sheet may carry the municipality's details too: one sheet for both.
  const hasDetails = municipalityFields.some((field) => reader.cell(field));
  let details: MunicipalityRow | undefined;
  if (hasDetails) {
    if (organisationType !== "MUNICIPALITY" || !municipality)
      reader.problem(null, "Gegevens van een gemeente staan alleen bij iemand die bij die gemeente werkt.");
    else details = readMunicipality(reader, municipality, currentYear);
  }
  const result: RowResult = { ref: reader.ref, kind: "person", label, problems: reader.problems };
  if (!reader.problems.length && personName && address && organisationType) {
    result.person = {
      ref: reader.ref,
      values: { name: personName, email: address, phone, jobTitle, organisationType, municipality: municipality?.text, organisationName, kernclubRole },
      columns,
    };
    result.municipality = details;
  }
  return result;
}

function readMunicipalityRow(reader: RowReader, currentYear: number): RowResult {
  const name = reader.cell("municipality.name");
  const cbs = reader.cell("municipality.cbsCode");
  const label = name?.text || cbs?.text || "(geen naam)";
  if (!name && !cbs) reader.problem(null, "Vul de naam of de CBS-code van de gemeente in.");
  const municipality = readMunicipality(reader, name, currentYear);
  return { ref: reader.ref, kind: "municipality", label, problems: reader.problems, municipality: reader.problems.length ? undefined : municipality };
}

/** The rows of every table under its column mapping, each checked on its own (the database comes later, in the plan). */
export function readImportRows(tables: SheetTable[], mappings: ColumnMapping[], currentYear: number): ImportRows {
  const rows: RowResult[] = [];
  const sheetNotices: string[] = [];
  tables.forEach((table, index) => {
    const mapping = mappings[index] ?? [];
    const kind = tableKind(mapping);
    if (kind === "unknown") {
      sheetNotices.push(
        `Werkblad “${table.name}” wordt overgeslagen: er is geen kolom met e-mailadressen (voor mensen) of met de naam of CBS-code van gemeenten. Koppel de kolommen als ze anders heten.`,
      );
      return;
    }
    for (const row of table.rows) {
      const reader = new RowReader(table, mapping, { sheet: table.name, row: row.number }, row);
      rows.push(kind === "people" ? readPerson(reader, currentYear) : readMunicipalityRow(reader, currentYear));
    }
  });
  return { rows, sheetNotices };
}
