import { describe, expect, it } from "vitest";
import { recogniseColumns, tableKind } from "@/lib/import/import-fields";
import { columnFieldName, parseColumnMappings } from "@/lib/import/import-schema";
import { readImportRows } from "@/lib/import/read-import-rows";
import { readUpload } from "@/lib/import/read-upload";
import type { SheetTable } from "@/lib/import/sheet-table";
import { splitInvoiceAddress } from "@/lib/municipalities/split-invoice-address";
import { csvBytes, fileOf, xlsxBytes } from "./support/import-files";

const header = ["Naam", "E-mailadres", "Telefoon", "Functie", "Soort organisatie", "Gemeente", "Kernclubrol"];
const anna = ["Anna de Vries", "anna@tilburg.nl", "06-12 34 56 78", "Beleidsadviseur", "gemeente", "Tilburg", ""];
const zoe = ["Zoë Müller", "zoe@sudwestfryslan.nl", "", "Strateeg", "gemeente", "Súdwest-Fryslân", "voorzitter"];

async function tablesOf(name: string, bytes: Uint8Array): Promise<SheetTable[]> {
  const read = await readUpload(fileOf(name, bytes));
  if (!read.ok) throw new Error(read.message);
  return read.tables;
}

describe("reading CSV files", () => {
  it.each([
    ["semicolons (Dutch Excel)", { delimiter: ";" }],
    ["commas", { delimiter: "," }],
    ["UTF-8 with a byte order mark", { delimiter: ";", bom: true }],
    ["Windows-1252, as Excel on Windows saves it", { delimiter: ";", encoding: "latin1" as const }],
    ["tabs", { delimiter: "\t" }],
  ])("reads %s", async (_name, options) => {
    const [table] = await tablesOf("leden.csv", csvBytes([header, anna, zoe], options));
    expect(table!.header).toEqual(header);
    expect(table!.rows.map((row) => row.cells)).toEqual([anna, zoe]);
    expect(table!.rows.map((row) => row.number)).toEqual([2, 3]);
  });

  it("keeps quoted separators and line breaks, skips empty lines and numbers rows as the spreadsheet shows them", async () => {
    const bytes = csvBytes([
      header,
      ["", "", "", "", "", "", ""],
      ["De Vries; Anna", "anna@tilburg.nl", "", "Adviseur, sociaal domein", "gemeente", "Tilburg", ""],
      [""],
    ]);
    const [table] = await tablesOf("leden.csv", Buffer.concat([bytes, Buffer.from(";;;;;;\r\n\r\n")]));
    expect(table!.rows).toEqual([{ number: 3, cells: ["De Vries; Anna", "anna@tilburg.nl", "", "Adviseur, sociaal domein", "gemeente", "Tilburg", ""] }]);
    const multiline = await tablesOf(
      "gemeenten.csv",
      csvBytes([
        ["Naam", "Factuuradres"],
        ["Tilburg", "Postbus 90155\n5000 LH Tilburg"],
      ]),
    );
    expect(multiline[0]!.rows[0]!.cells[1]).toBe("Postbus 90155\n5000 LH Tilburg");
  });

  it("refuses an unclosed quote with a Dutch message", async () => {
    const read = await readUpload(fileOf("kapot.csv", Buffer.from('Naam;E-mailadres\r\n"Anna;anna@tilburg.nl\r\n')));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/kan niet worden gelezen.*aanhalingstekens/) });
  });
});

describe("reading Excel workbooks", () => {
  it("reads every visible sheet: shared strings, numbers, booleans, and a header that is not on the first row", async () => {
    const bytes = await xlsxBytes([
      { name: "Mensen", rows: [["Ledenlijst 2026"], [], header, anna, [...zoe.slice(0, 2), 612345678, ...zoe.slice(3)]] },
      {
        name: "Gemeenten",
        rows: [
          ["Naam", "CBS-code", "Doet mee in 2027"],
          ["Tilburg", 855, true],
        ],
      },
      { name: "Oud", rows: [["Naam"], ["Verborgen"]], hidden: true },
    ]);
    const read = await readUpload(fileOf("netwerk.xlsx", bytes));
    if (!read.ok) throw new Error(read.message);
    expect(read.tables.map((table) => table.name)).toEqual(["Mensen", "Gemeenten"]);
    expect(read.notices).toEqual(["Het verborgen werkblad “Oud” is overgeslagen."]);
    // A title above the header is left out.
    const people = read.tables[0]!;
    expect(people.header).toEqual(header);
    expect(people.headerRow).toBe(3);
    expect(people.rows.map((row) => row.number)).toEqual([4, 5]);
    expect(people.rows[1]!.cells.slice(0, 3)).toEqual(["Zoë Müller", "zoe@sudwestfryslan.nl", "612345678"]);
    expect(read.tables[1]!.rows[0]!.cells).toEqual(["Tilburg", "855", "ja"]);
  });

  it("uses a formula's cached value as text and never calculates it", async () => {
    const bytes = await xlsxBytes([
      {
        name: "Mensen",
        rows: [
          header,
          [
            { formula: 'CONCATENATE("Anna"," de Vries")', result: "Anna de Vries" },
            { formula: "1+1", result: '=HYPERLINK("https://evil.example")' },
            { formula: "2+2" },
          ],
        ],
      },
    ]);
    const read = await readUpload(fileOf("formules.xlsx", bytes));
    if (!read.ok) throw new Error(read.message);
    expect(read.tables[0]!.rows[0]!.cells).toEqual(["Anna de Vries", '=HYPERLINK("https://evil.example")']);
    expect(read.notices).toEqual([expect.stringMatching(/^3 cellen bevatten een formule: .* nooit uitgerekend/)]);
  });

  it("refuses an old .xls, a renamed text file and an empty workbook", async () => {
    const xls = await readUpload(fileOf("oud.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(xls).toEqual({ ok: false, message: expect.stringMatching(/Oude Excel-bestanden/) });
    expect(await readUpload(fileOf("nep.xlsx", Buffer.from("Naam;E-mailadres\r\n")))).toEqual({
      ok: false,
      message: expect.stringMatching(/geen geldige Excel-werkmap/),
    });
    expect(await readUpload(fileOf("leeg.xlsx", await xlsxBytes([{ name: "Blad1", rows: [] }])))).toEqual({
      ok: false,
      message: "Deze Excel-werkmap is leeg.",
    });
  });
});

describe("recognising columns", () => {
  it("recognises Dutch headers in any order, with or without accents, case or punctuation", () => {
    expect(recogniseColumns(["GEMEENTE", "e-mail", "Naam ", "Tel.nr.", "Rol in de kernclub", "Opmerkingen"])).toEqual([
      "person.municipality",
      "person.email",
      "person.name",
      "person.phone",
      "person.kernclubRole",
      "",
    ]);
    const municipalities = recogniseColumns([
      "Gemeente",
      "CBS-code",
      "Contactpersoon facturen",
      "E-mailadres facturen",
      "Factuuradres",
      "Opdrachtnummer",
      "Doet mee in 2027",
    ]);
    expect(municipalities).toEqual([
      "municipality.name",
      "municipality.cbsCode",
      "municipality.invoiceContactName",
      "municipality.invoiceContactEmail",
      "municipality.invoiceAddress",
      "municipality.purchaseOrderNumber",
      "municipality.participation",
    ]);
    expect(tableKind(municipalities)).toBe("municipalities");
    expect(recogniseColumns(["Straat", "Postcode", "Plaats"])).toEqual([
      "municipality.invoiceStreet",
      "municipality.invoicePostcode",
      "municipality.invoiceCity",
    ]);
    expect(tableKind(recogniseColumns(["Wie", "Adres"]))).toBe("unknown");
  });

  it("reads a sheet under the secretary's own mapping, and refuses a field chosen twice", () => {
    const headers = [["Wie", "Post", "Werkplek"]];
    const form = new FormData();
    form.set(columnFieldName(0, 0), "person.name");
    form.set(columnFieldName(0, 1), "person.email");
    form.set(columnFieldName(0, 2), "person.municipality");
    const parsed = parseColumnMappings(form, headers);
    expect(parsed).toEqual({ mappings: [["person.name", "person.email", "person.municipality"]] });
    const table: SheetTable = {
      name: "Blad1",
      headerRow: 1,
      header: headers[0]!,
      rows: [{ number: 2, cells: ["Anna de Vries", "Anna@Tilburg.nl", "Tilburg"] }],
    };
    const rows = readImportRows([table], "mappings" in parsed ? parsed.mappings : [], 2026);
    expect(rows.rows[0]!.person!.values).toMatchObject({
      name: "Anna de Vries",
      email: "anna@tilburg.nl",
      organisationType: "MUNICIPALITY",
      municipality: "Tilburg",
    });

    form.set(columnFieldName(0, 2), "person.name");
    expect(parseColumnMappings(form, headers)).toEqual({ fieldErrors: { [columnFieldName(0, 2)]: "“Persoon: naam” is al gekozen voor kolom “Wie”." } });
    form.set(columnFieldName(0, 2), "iets anders");
    expect(parseColumnMappings(form, headers)).toEqual({ fieldErrors: { [columnFieldName(0, 2)]: "Kies een veld uit de lijst." } });
  });

  it("splits an invoicing address like the migration did", () => {
    expect(splitInvoiceAddress("Postbus 90155\n5000 LH Tilburg")).toEqual({
      invoiceStreet: "Postbus 90155",
      invoicePostcode: "5000 LH",
      invoiceCity: "Tilburg",
    });
    expect(splitInvoiceAddress("Stadhuisplein 1, 5038tc Tilburg")).toEqual({
      invoiceStreet: "Stadhuisplein 1",
      invoicePostcode: "5038 TC",
      invoiceCity: "Tilburg",
    });
    expect(splitInvoiceAddress("T.a.v. crediteurenadministratie\nPostbus 15\n8400 AA  Gorredijk")).toEqual({
      invoiceStreet: "T.a.v. crediteurenadministratie, Postbus 15",
      invoicePostcode: "8400 AA",
      invoiceCity: "Gorredijk",
    });
    expect(splitInvoiceAddress("Stadhuisplein 1, Tilburg")).toBeNull();
  });
});
