import "server-only";
import type { Database } from "../db/client";
import { excelCsv } from "../format/excel-csv";
import { textValues } from "../format/text-values";
import { currentYear } from "../members/current-year";
import { municipalityDetailKeys, municipalityDetailsSelect } from "./municipality-details";
import { filterYearOf, type MunicipalityFilter, municipalitiesWhere } from "./list-municipalities";

/** Every municipality the list shows with these filters, as a CSV file for Excel, with the headers the import recognises. */
export async function municipalitiesCsv(db: Database, filter: Omit<MunicipalityFilter, "page">): Promise<string> {
  const year = filterYearOf(filter.year) ?? currentYear();
  const municipalities = await db.municipality.findMany({
    where: municipalitiesWhere(filter),
    orderBy: { name: "asc" },
    select: {
      name: true,
      ...municipalityDetailsSelect,
      memberships: { select: { year: true }, orderBy: { year: "asc" } },
    },
  });
  const columns = [
    { key: "name", header: "Naam" },
    { key: "cbsCode", header: "CBS-code" },
    { key: "invoiceContactName", header: "Contactpersoon facturen" },
    { key: "invoiceContactEmail", header: "E-mailadres facturen" },
    { key: "invoiceStreet", header: "Straat" },
    { key: "invoicePostcode", header: "Postcode" },
    { key: "invoiceCity", header: "Plaats" },
    { key: "purchaseOrderNumber", header: "Opdrachtnummer" },
    { key: "oin", header: "OIN" },
    { key: "takesPart", header: `Doet mee in ${year}` },
    { key: "years", header: "Deelgenomen in" },
  ];
  return excelCsv(
    columns,
    municipalities.map((municipality) => {
      const years = municipality.memberships.map((membership) => membership.year);
      return {
        ...textValues(municipality, ["name", ...municipalityDetailKeys]),
        takesPart: years.includes(year) ? "ja" : "nee",
        years: years.join(", "),
      };
    }),
  );
}
