import { slugify } from "../format/slug";
import { splitInvoiceAddress } from "../municipalities/split-invoice-address";
import { type ImportField, participationYear } from "./import-fields";
import type { MunicipalityRow, MunicipalityValues } from "./import-rows";
import { parseCbsCode, parseEmail, parseOin, parsePostcode, parseText, parseYears, parseYesNo } from "./parse-import-values";
import type { Cell, RowReader } from "./row-reader";

export const municipalityFields: ImportField[] = [
  "municipality.cbsCode",
  "municipality.invoiceContactName",
  "municipality.invoiceContactEmail",
  "municipality.invoiceAddress",
  "municipality.invoiceStreet",
  "municipality.invoicePostcode",
  "municipality.invoiceCity",
  "municipality.purchaseOrderNumber",
  "municipality.oin",
  "municipality.participation",
];

export function readMunicipality(reader: RowReader, name: Cell | null, currentYear: number): MunicipalityRow {
  const values: MunicipalityValues = {};
  const columns: MunicipalityRow["columns"] = {};
  const set = <K extends keyof MunicipalityValues>(key: K, parsed: { value: string; column: string } | undefined) => {
    if (!parsed) return;
    values[key] = parsed.value;
    columns[key] = parsed.column;
  };
  if (name) {
    const parsed = parseText(name.text, { min: 2, max: 80, what: "De naam van een gemeente" });
    if ("problem" in parsed) reader.problem(name.column, parsed.problem);
    else if (!slugify(parsed.value)) reader.problem(name.column, "Gebruik letters of cijfers in de naam van de gemeente.");
    else set("name", { value: parsed.value, column: name.column });
  }
  set("cbsCode", reader.parse("municipality.cbsCode", parseCbsCode));
  set(
    "invoiceContactName",
    reader.parse("municipality.invoiceContactName", (text) => parseText(text, { max: 100, what: "De naam van de contactpersoon" })),
  );
  set("invoiceContactEmail", reader.parse("municipality.invoiceContactEmail", parseEmail));
  set(
    "purchaseOrderNumber",
    reader.parse("municipality.purchaseOrderNumber", (text) => parseText(text, { max: 50, what: "Een opdrachtnummer" })),
  );
  set("oin", reader.parse("municipality.oin", parseOin));
  readAddress(reader, set);
  const years = new Set<number>();
  for (const cell of reader.cells("municipality.participation")) {
    if (!cell.text) continue;
    const headerYear = participationYear(cell.header);
    const parsed = headerYear ? parseYesNo(cell.text) : parseYears(cell.text, currentYear);
    if ("problem" in parsed) reader.problem(cell.column, parsed.problem);
    else if (headerYear && (headerYear < 2010 || headerYear > currentYear + 1))
      reader.problem(cell.column, `Deelname kan van 2010 tot en met ${currentYear + 1}.`);
    else if (headerYear && parsed.value === true) years.add(headerYear);
    else if (Array.isArray(parsed.value)) parsed.value.forEach((year) => years.add(year));
    if (years.size) columns.years = cell.column;
  }
  return { ref: reader.ref, values, years: [...years].sort(), columns };
}

const addressParts = [
  ["municipality.invoiceStreet", "invoiceStreet", "Vul ook de straat en het huisnummer (of de postbus) in."],
  ["municipality.invoicePostcode", "invoicePostcode", "Vul ook de postcode in."],
  ["municipality.invoiceCity", "invoiceCity", "Vul ook de plaats in."],
] as const;

/** The invoicing address: three columns (all or none), or one cell split like the stored addresses were. */
function readAddress(reader: RowReader, set: (key: "invoiceStreet" | "invoicePostcode" | "invoiceCity", parsed: { value: string; column: string }) => void) {
  const parts = addressParts.map(([field]) => reader.cell(field));
  if (parts.some(Boolean)) {
    const missing = addressParts.find((_part, index) => !parts[index]);
    if (missing) return reader.problem(parts.find(Boolean)!.column, missing[2]);
    const [street, postcode, city] = parts as [Cell, Cell, Cell];
    const values = [
      parseText(street.text, { max: 200, what: "Straat en huisnummer" }),
      parsePostcode(postcode.text),
      parseText(city.text, { max: 80, what: "Een plaatsnaam" }),
    ];
    values.forEach((parsed, index) => {
      if ("problem" in parsed) reader.problem(parts[index]!.column, parsed.problem);
    });
    if (values.every((parsed) => "value" in parsed))
      addressParts.forEach(([, key], index) => set(key, { value: (values[index] as { value: string }).value, column: parts[index]!.column }));
    return;
  }
  const whole = reader.cell("municipality.invoiceAddress");
  if (!whole) return;
  const split = whole.text.length <= 300 ? splitInvoiceAddress(whole.text) : null;
  if (!split) {
    return reader.problem(
      whole.column,
      `Het factuuradres “${whole.text}” eindigt niet op een postcode en plaats. Schrijf het als “Postbus 90155, 5000 LH Tilburg”, of gebruik kolommen voor straat, postcode en plaats.`,
    );
  }
  for (const [, key] of addressParts) set(key, { value: split[key], column: whole.column });
}
