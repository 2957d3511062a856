import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { applyImport } from "@/lib/import/apply-import";
import { previewImport } from "@/lib/import/preview-import";
import { currentYear } from "@/lib/members/current-year";
import { peopleCsv } from "@/lib/members/people-csv";
import { giveParticipation } from "@/lib/municipalities/manage-participation";
import { municipalityDetailsSelect } from "@/lib/municipalities/municipality-details";
import { municipalitiesCsv } from "@/lib/municipalities/municipalities-csv";
import { truncateAll, withFreshDatabase } from "./database";
import { pendingOf } from "./support/import-pending";

// The lists the secretary downloads can be imported again: into an empty database they give the same people and
// municipalities.
const url = inject("databaseUrl");
const actor: Actor = { id: null, label: "secretaris@wmo.test" };
const year = currentYear();
let folder: string;

async function importCsv(name: string, csv: string) {
  const pending = await pendingOf(name, new TextEncoder().encode(csv), "secretaris");
  const plan = await previewImport(db, pending);
  const result = await applyImport(db, actor, pending, { fingerprint: plan.fingerprint, welcome: false });
  expect(result.outcome).toBe("done");
}

const peopleNow = () =>
  db.user.findMany({
    orderBy: { email: "asc" },
    select: { name: true, email: true, phone: true, jobTitle: true, organisationType: true, organisationName: true, municipality: { select: { name: true } } },
  });
const municipalitiesNow = () =>
  db.municipality.findMany({
    orderBy: { name: "asc" },
    select: { name: true, ...municipalityDetailsSelect, memberships: { select: { year: true } } },
  });

describe("exported lists imported into an empty database", () => {
  withFreshDatabase();
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "round-trip-"));
    process.env.TMPDIR = folder;
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("give the same people and municipalities", async () => {
    const breda = await db.municipality.create({
      data: {
        name: "Breda",
        slug: "breda",
        cbsCode: "GM0758",
        invoiceContactName: "Fien Factuur",
        invoiceContactEmail: "facturen@breda.nl",
        invoiceStreet: "Postbus 90156",
        invoicePostcode: "4800 RH",
        invoiceCity: "Breda",
        purchaseOrderNumber: "4500012345",
        oin: "00000001001234567000",
      },
    });
    await db.municipality.create({ data: { name: "Emmen", slug: "emmen", cbsCode: "GM0114" } });
    await giveParticipation(db, actor, breda.id, year);
    await db.user.createMany({
      data: [
        {
          name: "Anna de Vries",
          email: "anna@breda.nl",
          phone: "06-12 34 56 78",
          jobTitle: "Beleidsadviseur",
          organisationType: "MUNICIPALITY",
          municipalityId: breda.id,
          admittedAt: new Date(),
          role: "MEMBER",
        },
        {
          name: "Bram Bakker",
          email: "bram@minvws.nl",
          jobTitle: "Directeur",
          organisationType: "MINISTRY",
          organisationName: "Ministerie van VWS",
          admittedAt: new Date(),
          role: "MEMBER",
        },
      ],
    });
    const people = await peopleNow();
    const municipalities = await municipalitiesNow();
    const peopleFile = await peopleCsv(db, { q: "", role: "", status: "" });
    const municipalitiesFile = await municipalitiesCsv(db, { q: "", year: "" });

    await truncateAll(url);
    await importCsv("gemeenten.csv", municipalitiesFile);
    await importCsv("mensen.csv", peopleFile);

    expect(await municipalitiesNow()).toEqual(municipalities);
    expect(await peopleNow()).toEqual(people);
  });
});
