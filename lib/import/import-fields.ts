/** Where a column of the file goes: a field of a person or of a municipality (or nowhere: ""). */
export const importFields = {
  "person.name": "Persoon: naam",
  "person.firstName": "Persoon: voornaam",
  "person.infix": "Persoon: tussenvoegsel",
  "person.lastName": "Persoon: achternaam",
  "person.email": "Persoon: e-mailadres",
  "person.phone": "Persoon: telefoon",
  "person.jobTitle": "Persoon: functie",
  "person.organisationType": "Persoon: soort organisatie",
  "person.municipality": "Persoon: gemeente",
  "person.organisationName": "Persoon: organisatie (geen gemeente)",
  "person.kernclubRole": "Persoon: rol in de kernclub",
  "municipality.name": "Gemeente: naam",
  "municipality.cbsCode": "Gemeente: CBS-code",
  "municipality.invoiceContactName": "Gemeente: contactpersoon facturen",
  "municipality.invoiceContactEmail": "Gemeente: e-mailadres facturen",
  "municipality.invoiceAddress": "Gemeente: factuuradres (in één cel)",
  "municipality.invoiceStreet": "Gemeente: straat en huisnummer (factuuradres)",
  "municipality.invoicePostcode": "Gemeente: postcode (factuuradres)",
  "municipality.invoiceCity": "Gemeente: plaats (factuuradres)",
  "municipality.purchaseOrderNumber": "Gemeente: opdrachtnummer",
  "municipality.oin": "Gemeente: OIN",
  "municipality.participation": "Gemeente: doet mee in (jaar in de kolomnaam of in de cel)",
} as const;

export type ImportField = keyof typeof importFields;
export const importFieldKeys = Object.keys(importFields) as ImportField[];

/** A table's columns, one field (or "") per column. */
export type ColumnMapping = (ImportField | "")[];

export type TableKind = "people" | "municipalities" | "unknown";

/** "E-mailadres (werk)" → "emailadreswerk": headers compared without case, accents, spaces or punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const personHeaders: Record<string, ImportField> = {};
const municipalityHeaders: Record<string, ImportField> = {};
const detailHeaders: Record<string, ImportField> = {};

function add(target: Record<string, ImportField>, field: ImportField, headers: string[]) {
  for (const header of headers) target[normaliseHeader(header)] = field;
}

add(personHeaders, "person.name", ["naam", "volledige naam", "naam deelnemer", "naam persoon", "deelnemer"]);
add(personHeaders, "person.firstName", ["voornaam", "roepnaam"]);
add(personHeaders, "person.infix", ["tussenvoegsel", "tussenvoegsels", "tv"]);
add(personHeaders, "person.lastName", ["achternaam", "familienaam"]);
add(personHeaders, "person.email", ["e-mailadres", "e-mail", "email", "mail", "mailadres", "e-mailadres deelnemer", "e-mail deelnemer"]);
add(personHeaders, "person.phone", ["telefoon", "telefoonnummer", "tel", "tel.nr.", "mobiel", "mobiel nummer", "mobiele telefoon"]);
add(personHeaders, "person.jobTitle", ["functie", "functietitel", "functienaam"]);
add(personHeaders, "person.organisationType", ["soort organisatie", "organisatiesoort", "type organisatie", "organisatietype", "soort"]);
add(personHeaders, "person.municipality", ["gemeente", "gemeentenaam", "naam gemeente"]);
add(personHeaders, "person.organisationName", ["organisatie", "organisatienaam", "naam organisatie"]);
add(personHeaders, "person.kernclubRole", ["kernclubrol", "kernclub", "rol kernclub", "rol in de kernclub", "functie kernclub", "functie in de kernclub"]);

add(detailHeaders, "municipality.cbsCode", ["cbs-code", "cbscode", "cbs", "gemeentecode", "cbs-gemeentecode"]);
add(detailHeaders, "municipality.invoiceContactName", ["contactpersoon facturen", "contactpersoon factuur", "contactpersoon facturatie", "factuurcontact"]);
add(detailHeaders, "municipality.invoiceContactEmail", ["e-mailadres facturen", "e-mail facturen", "email facturen", "factuur e-mail", "factuur e-mailadres"]);
add(detailHeaders, "municipality.invoiceAddress", ["factuuradres", "adres facturen", "adres voor facturen"]);
add(detailHeaders, "municipality.invoiceStreet", ["straat factuuradres", "factuurstraat"]);
add(detailHeaders, "municipality.invoicePostcode", ["postcode factuuradres", "factuurpostcode"]);
add(detailHeaders, "municipality.invoiceCity", ["plaats factuuradres", "factuurplaats"]);
add(detailHeaders, "municipality.purchaseOrderNumber", ["opdrachtnummer", "inkoopordernummer", "ordernummer", "inkoopnummer"]);
add(detailHeaders, "municipality.oin", ["oin", "organisatie-identificatienummer", "oin-nummer"]);

Object.assign(municipalityHeaders, detailHeaders);
add(municipalityHeaders, "municipality.name", ["naam", "gemeente", "gemeentenaam", "naam gemeente"]);
add(municipalityHeaders, "municipality.invoiceStreet", ["straat", "straat en huisnummer", "adres"]);
add(municipalityHeaders, "municipality.invoicePostcode", ["postcode"]);
add(municipalityHeaders, "municipality.invoiceCity", ["plaats", "woonplaats", "vestigingsplaats"]);

const PARTICIPATION = /^(doetmeein|doetmee|deelnamein|deelname|meedoenin|lidin)((?:19|20|21)\d{2})?$/;

/** The year in a participation header ("Doet mee in 2027", "Lid 2027" → 2027), or null when the cells hold the years. */
export function participationYear(header: string): number | null {
  const year = PARTICIPATION.exec(normaliseHeader(header))?.[2] ?? /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(header)?.[1];
  return year ? Number(year) : null;
}

/** The columns of a sheet as recognised from their Dutch headers: a sheet with e-mail addresses of people holds people. */
export function recogniseColumns(header: string[]): ColumnMapping {
  const keys = header.map(normaliseHeader);
  const people = keys.some((key) => personHeaders[key] === "person.email");
  const known = people ? { ...detailHeaders, ...personHeaders } : municipalityHeaders;
  const taken = new Set<ImportField>();
  return keys.map((key) => {
    if (PARTICIPATION.test(key)) return "municipality.participation";
    const field = known[key];
    if (!field || taken.has(field)) return "";
    taken.add(field);
    return field;
  });
}

/** What a table holds, judged from its mapping: people (with an e-mail column) or municipalities (with a name or CBS code). */
export function tableKind(mapping: ColumnMapping): TableKind {
  if (mapping.includes("person.email")) return "people";
  if (mapping.includes("municipality.name") || mapping.includes("municipality.cbsCode")) return "municipalities";
  return "unknown";
}
