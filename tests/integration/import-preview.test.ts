import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { previewImport } from "@/lib/import/preview-import";
import { currentYear } from "@/lib/members/current-year";
import { withFreshDatabase } from "./database";
import { csvBytes } from "./support/import-files";
import { networkWorkbook, seedNetwork } from "./support/import-network";
import { pendingOf, withPendingImportsFolder } from "./support/import-pending";

const year = currentYear();
withPendingImportsFolder("import-preview");

describe("import preview", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await seedNetwork();
  });

  it("lists per row what will be created, updated or skipped, and every problem with its row and column, writing nothing", async () => {
    const pending = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary");
    const before = await Promise.all([db.user.count(), db.municipality.count(), db.membership.count(), db.auditEntry.count()]);
    const plan = await previewImport(db, pending);

    const outcomes = plan.rows.map((row) => `${row.ref.sheet} ${row.ref.row} ${row.kind} ${row.label}: ${row.outcome}`);
    expect(outcomes).toEqual([
      "Gemeenten 2 municipality Tilburg: update",
      "Gemeenten 3 municipality Emmen: create",
      "Gemeenten 4 municipality Sudwest Fryslan: skip",
      "Gemeenten 5 municipality Den Bosch: skip",
      "Gemeenten 6 municipality Almere: skip",
      "Mensen 2 person Anna de Vries: update",
      "Mensen 3 person Bram Jansen: create",
      "Mensen 4 person Carla Bos: skip",
      "Mensen 5 person Dirk Dekker: skip",
      "Mensen 6 person Anna de Vries: skip",
      "Mensen 7 person Otto Oud: skip",
      "Mensen 8 person Eva Evers: create",
      "Mensen 9 person Frits Fens: skip",
      "Mensen 10 person Gerda Groen: create",
    ]);
    expect(plan.problems.map(({ sheet, row, column, message }) => ({ sheet, row, column, message }))).toEqual([
      {
        sheet: "Gemeenten",
        row: 4,
        column: "A (Gemeente)",
        message: expect.stringMatching(
          /^“Sudwest Fryslan” lijkt op de bestaande gemeente Súdwest-Fryslân\. Schrijf de naam precies zo of gebruik CBS-code GM1900/,
        ),
      },
      {
        sheet: "Gemeenten",
        row: 5,
        column: "B (CBS-code)",
        message: "CBS-code GM0796 hoort bij de gemeente 's-Hertogenbosch, niet bij “Den Bosch”. Pas de naam of de code aan.",
      },
      {
        sheet: "Gemeenten",
        row: 6,
        column: "E (Factuuradres)",
        message: expect.stringMatching(/^Het factuuradres “Stadhuisplein 1, Almere” eindigt niet op een postcode en plaats/),
      },
      { sheet: "Mensen", row: 4, column: "B (E-mailadres)", message: "Geen geldig e-mailadres: “carla@”." },
      { sheet: "Mensen", row: 5, column: "F (Gemeente)", message: "Onbekende gemeente “Tilbrug”. Bedoel je Tilburg? Schrijf de naam dan precies zo." },
      { sheet: "Mensen", row: 6, column: "B (E-mailadres)", message: "Het e-mailadres anna@tilburg.nl staat ook al in rij 2 van werkblad “Mensen”." },
      { sheet: "Mensen", row: 7, column: "B (E-mailadres)", message: expect.stringMatching(/^Het account van oud@tilburg\.nl is gedeactiveerd/) },
      { sheet: "Mensen", row: 9, column: "F (Gemeente)", message: "De gemeente “Almere” wordt niet geïmporteerd: zie rij 6 van werkblad “Gemeenten”." },
    ]);

    const row = (sheet: string, number: number) => plan.rows.find((planned) => planned.ref.sheet === sheet && planned.ref.row === number)!;
    expect(row("Gemeenten", 2)).toMatchObject({
      changes: ["e-mailadres facturen", "opdrachtnummer", "factuuradres", `doet mee in ${year} (bijdrage € 500)`],
      kept: ["contactpersoon facturen"],
    });
    expect(row("Mensen", 2)).toMatchObject({ changes: ["functie", "rol deelnemer", "toegelaten"], kept: ["telefoon"] });
    expect(row("Mensen", 10).changes).toEqual(["toegelaten", "gemeente Tilburg", "kernclub: voorzitter"]);
    expect(plan.counts).toEqual({
      people: { create: 3, update: 1, unchanged: 0, skip: 5 },
      municipalities: { create: 1, update: 1, unchanged: 0, skip: 3 },
      memberships: 2,
      positions: 1,
    });
    expect(await Promise.all([db.user.count(), db.municipality.count(), db.membership.count(), db.auditEntry.count()])).toEqual(before);
  });

  it("with “overschrijven”, plans to replace what differs instead of keeping it", async () => {
    const pending = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary", true);
    const plan = await previewImport(db, pending);
    const tilburg = plan.rows.find((row) => row.label === "Tilburg")!;
    expect(tilburg.changes).toContain("contactpersoon facturen");
    expect(tilburg.kept).toEqual([]);
    expect(plan.rows.find((row) => row.ref.row === 2 && row.kind === "person")!.changes).toContain("telefoon");
  });

  it("takes people and their municipality from one sheet: repeated details once, different details as a problem", async () => {
    const header = ["Naam", "E-mailadres", "Gemeente", "CBS-code", "Factuuradres", `Doet mee in ${year}`];
    const file = csvBytes([
      header,
      ["Hans Hoek", "hans@assen.nl", "Assen", "GM0106", "Postbus 30018, 9400 RA Assen", "ja"],
      ["Ilse Iepen", "ilse@assen.nl", "Assen", "GM0106", "Postbus 30018, 9400 RA Assen", "ja"],
      ["Joop Jager", "joop@assen.nl", "Assen", "GM0106", "Noordersingel 33, 9401 JW Assen", ""],
      ["Karel Kok", "karel@tilburg.nl", "Tilburg", "", "", ""],
    ]);
    const plan = await previewImport(db, await pendingOf("leden.csv", file, "secretary"));
    expect(plan.rows.map((row) => `${row.ref.row} ${row.kind} ${row.label}: ${row.outcome}`)).toEqual([
      "2 person Hans Hoek: create",
      "2 municipality Assen: create",
      "3 person Ilse Iepen: create",
      "4 person Joop Jager: skip",
      "5 person Karel Kok: create",
    ]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        row: 4,
        column: "E (Factuuradres)",
        message: expect.stringMatching(/^Andere straat \(factuuradres\) voor de gemeente Assen dan in rij 2/),
      }),
    ]);
    expect(plan.writes.newMunicipalities).toEqual([
      expect.objectContaining({
        values: expect.objectContaining({ name: "Assen", cbsCode: "GM0106", invoiceStreet: "Postbus 30018", invoicePostcode: "9400 RA", invoiceCity: "Assen" }),
      }),
    ]);
    expect(plan.writes.memberships).toEqual([{ municipality: { key: "new:assen" }, label: "Assen", year }]);
  });

  it("marks a sheet without known columns and reads it once the secretary maps them", async () => {
    const file = csvBytes([
      ["Wie", "Post", "Werkt bij"],
      ["Lies Laan", "lies@tilburg.nl", "Tilburg"],
    ]);
    const pending = await pendingOf("anders.csv", file, "secretary");
    const unmapped = await previewImport(db, pending);
    expect(unmapped.rows).toEqual([]);
    expect(unmapped.notices).toEqual([expect.stringMatching(/^Werkblad “anders.csv” wordt overgeslagen/)]);
    const mapped = await previewImport(db, { ...pending, mappings: [["person.name", "person.email", "person.municipality"]] });
    expect(mapped.rows.map((row) => row.outcome)).toEqual(["create"]);
  });

  it("gives the same fingerprint for the same file and database, and another after a change", async () => {
    const pending = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary");
    const first = await previewImport(db, pending);
    expect((await previewImport(db, pending)).fingerprint).toBe(first.fingerprint);
    await db.municipality.update({ where: { id: "tilburg" }, data: { purchaseOrderNumber: "PO-9" } });
    expect((await previewImport(db, pending)).fingerprint).not.toBe(first.fingerprint);
  });
});
