import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { currentYear } from "@/lib/members/current-year";
import { isCovered } from "@/lib/members/coverage";
import { peopleCsv } from "@/lib/members/people-csv";
import { listMunicipalities } from "@/lib/municipalities/list-municipalities";
import { endParticipation, giveParticipation } from "@/lib/municipalities/manage-participation";
import { municipalitiesCsv } from "@/lib/municipalities/municipalities-csv";
import { buildMunicipality } from "../support/builders/municipality";
import { buildMunicipalMember, buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

const actor: Actor = { id: null, label: "secretaris@wmo.test" };
const year = currentYear();

const csvRows = (csv: string) => {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
};

describe("participation per municipality, managed by the secretary", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("gives participation for a year once: the membership and the € 500 fee record, with an audit entry", async () => {
    const { id: breda } = await buildMunicipality(db, { name: "Breda", leavingAfterYear: year - 1 });
    expect(await giveParticipation(db, actor, breda, year)).toEqual({ outcome: "given", name: "Breda" });
    expect(await giveParticipation(db, actor, breda, year)).toEqual({ outcome: "unchanged", name: "Breda" });
    expect(await db.membership.count({ where: { municipalityId: breda, year } })).toBe(1);
    expect(await db.feeRecord.findMany({ where: { municipalityId: breda }, select: { year: true, amountCents: true, status: true } })).toEqual([
      { year, amountCents: 50000, status: "OPEN" },
    ]);
    expect((await db.municipality.findUniqueOrThrow({ where: { id: breda } })).leavingAfterYear).toBeNull();
    expect(await db.auditEntry.findMany({ where: { entityId: breda }, select: { action: true, after: true } })).toEqual([
      { action: "municipality.participation.give", after: { year, leavingAfterYear: null } },
    ]);
    const { id: colleague } = await buildMunicipalMember(db, breda);
    expect(await isCovered(db, colleague, year)).toBe(true);
  });

  it("ends participation from a year: memberships go, an open fee is waived with the reason and kept, an invoiced one stays", async () => {
    const { id: breda } = await buildMunicipality(db, { name: "Breda" });
    for (const taken of [year - 1, year, year + 1]) await giveParticipation(db, actor, breda, taken);
    await db.feeRecord.updateMany({ where: { municipalityId: breda, year }, data: { status: "INVOICED" } });
    const { id: colleague } = await buildMunicipalMember(db, breda);

    const ended = await endParticipation(db, actor, breda, year);
    expect(ended).toEqual({ outcome: "ended", name: "Breda", years: [year, year + 1], waived: [year + 1], keptFees: [{ year, status: "INVOICED" }] });
    expect(await endParticipation(db, actor, breda, year)).toEqual({ outcome: "unchanged", name: "Breda" });
    expect((await db.membership.findMany({ where: { municipalityId: breda }, select: { year: true } })).map((row) => row.year)).toEqual([year - 1]);
    expect(
      await db.feeRecord.findMany({ where: { municipalityId: breda }, select: { year: true, status: true, waivedReason: true }, orderBy: { year: "asc" } }),
    ).toEqual([
      { year: year - 1, status: "OPEN", waivedReason: null },
      { year, status: "INVOICED", waivedReason: null },
      { year: year + 1, status: "WAIVED", waivedReason: `Gemeente Breda doet niet meer mee vanaf ${year}.` },
    ]);
    expect((await db.municipality.findUniqueOrThrow({ where: { id: breda } })).leavingAfterYear).toBe(year - 1);
    expect(await isCovered(db, colleague, year)).toBe(false);
    const waivedFee = await db.feeRecord.findFirstOrThrow({ where: { municipalityId: breda, year: year + 1 }, select: { id: true } });
    expect(await db.auditEntry.count({ where: { entityId: waivedFee.id, action: "fee.waive" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: breda, action: "municipality.participation.end" } })).toBe(1);
  });

  it("lists municipalities taking part in a year, with the admitted active people each covers, in a constant number of queries", async () => {
    const { id: breda } = await buildMunicipality(db, { name: "Breda" });
    const { id: emmen } = await buildMunicipality(db, { name: "Emmen" });
    await giveParticipation(db, actor, breda, year);
    await buildMunicipalMember(db, breda, { name: "Anna" });
    await buildMunicipalMember(db, breda, { name: "Bert" });
    await buildMunicipalMember(db, breda, { name: "Niet Toegelaten", admittedAt: null });
    await buildMunicipalMember(db, breda, { name: "Gedeactiveerd", deactivatedAt: new Date() });
    await buildMunicipalMember(db, emmen, { name: "Eva" });
    const counted = await countQueries(() => listMunicipalities(db, { q: "", year: "", page: 1 }));
    const all = await listMunicipalities(db, { q: "", year: "", page: 1 });
    expect(all.items.map((row) => [row.name, row.takesPart, row.covers])).toEqual([
      ["Breda", true, 2],
      ["Emmen", false, 0],
    ]);
    expect((await listMunicipalities(db, { q: "", year: String(year), page: 1 })).items.map((row) => row.name)).toEqual(["Breda"]);
    for (let index = 0; index < 30; index += 1) await buildMunicipalMember(db, emmen);
    expect(await countQueries(() => listMunicipalities(db, { q: "", year: "", page: 1 }))).toBe(counted);
  });

  it("downloads the people and municipalities lists for Excel with the filters applied and formulas defused", async () => {
    const { id: breda } = await buildMunicipality(db, {
      name: "Breda",
      cbsCode: "GM0758",
      invoiceStreet: "Postbus 90156",
      invoicePostcode: "4800 RH",
      invoiceCity: "Breda",
    });
    await buildMunicipality(db, { name: "Emmen" });
    await giveParticipation(db, actor, breda, year);
    await buildMunicipalMember(db, breda, { name: '=HYPERLINK("x")', email: "-hyperlink-x-@wmo.test" });
    await buildPerson(db, { name: "Gast", role: "GUEST" });

    const members = csvRows(await peopleCsv(db, { q: "", role: "MEMBER", status: "" }));
    expect(members).toEqual([
      expect.objectContaining({
        Naam: `'=HYPERLINK("x")`,
        "E-mailadres": "'-hyperlink-x-@wmo.test",
        Gemeente: "Breda",
        "Soort organisatie": "Gemeente",
        Rol: "Deelnemer",
        Status: "actief",
      }),
    ]);
    expect(csvRows(await peopleCsv(db, { q: "", role: "", status: "" })).map((row) => row.Naam)).toEqual([`'=HYPERLINK("x")`, "Gast"]);

    const taking = csvRows(await municipalitiesCsv(db, { q: "", year: String(year) }));
    expect(taking).toEqual([
      {
        Naam: "Breda",
        "CBS-code": "GM0758",
        "Contactpersoon facturen": "",
        "E-mailadres facturen": "",
        Straat: "Postbus 90156",
        Postcode: "4800 RH",
        Plaats: "Breda",
        Opdrachtnummer: "",
        OIN: "",
        [`Doet mee in ${year}`]: "ja",
        "Deelgenomen in": String(year),
      },
    ]);
    expect(csvRows(await municipalitiesCsv(db, { q: "", year: "" })).map((row) => [row.Naam, row[`Doet mee in ${year}`]])).toEqual([
      ["Breda", "ja"],
      ["Emmen", "nee"],
    ]);
  });
});
