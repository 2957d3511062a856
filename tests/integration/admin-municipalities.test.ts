import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { listMunicipalities } from "@/lib/municipalities/list-municipalities";
import { newMunicipalitySchema } from "@/lib/municipalities/municipality-schema";
import { createMunicipality, updateMunicipality } from "@/lib/municipalities/save-municipality";
import { currentYear } from "@/lib/members/current-year";
import { withFreshDatabase } from "./database";

const actor: Actor = { id: null, label: "test" };
const details = (overrides: Record<string, string> = {}) => newMunicipalitySchema.parse({ name: "Tilburg", cbsCode: "gm0855", ...overrides });

describe("admin: municipalities", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("validates the CBS code and a name that makes no slug", () => {
    expect(details().cbsCode).toBe("GM0855");
    const errors = (input: Record<string, string>) => newMunicipalitySchema.safeParse(input).error?.issues.map((issue) => issue.path[0]);
    expect(errors({ name: "Tilburg", cbsCode: "0855" })).toEqual(["cbsCode"]);
    expect(errors({ name: "Tilburg", cbsCode: "GM08555" })).toEqual(["cbsCode"]);
    expect(errors({ name: "!!!" })).toEqual(["name"]);
    expect(errors({ name: "Tilburg", invoiceContactEmail: "geen adres" })).toEqual(["invoiceContactEmail"]);
    expect(errors({ name: "Tilburg" })).toBeUndefined();
  });

  it("creates a municipality with its slug and audit entry; refuses a duplicate name, slug or CBS code and writes nothing", async () => {
    const created = await createMunicipality(db, actor, details({ invoiceStreet: "Postbus 1", invoicePostcode: "5000aa", invoiceCity: "Tilburg" }));
    if (created.outcome !== "saved") throw new Error(JSON.stringify(created));
    const saved = await db.municipality.findUniqueOrThrow({
      where: { id: created.id },
      select: { slug: true, cbsCode: true, invoiceStreet: true, invoicePostcode: true, invoiceCity: true },
    });
    expect(saved).toEqual({ slug: "tilburg", cbsCode: "GM0855", invoiceStreet: "Postbus 1", invoicePostcode: "5000 AA", invoiceCity: "Tilburg" });
    expect(await createMunicipality(db, actor, details({ name: "TILBURG", cbsCode: "" }))).toMatchObject({
      outcome: "invalid",
      fieldErrors: { name: expect.any(String) },
    });
    expect(await createMunicipality(db, actor, details({ name: "Tilburg!", cbsCode: "" }))).toMatchObject({
      outcome: "invalid",
      fieldErrors: { name: expect.any(String) },
    });
    expect(await createMunicipality(db, actor, details({ name: "Breda" }))).toEqual({
      outcome: "invalid",
      fieldErrors: { cbsCode: expect.stringContaining("Tilburg") },
    });
    expect(await db.municipality.count()).toBe(1);
    expect(await db.auditEntry.findMany({ select: { action: true, entityType: true, entityLabel: true } })).toEqual([
      { action: "municipality.create", entityType: "Municipality", entityLabel: "Tilburg" },
    ]);
  });

  it("updates a municipality (its own name in another case is fine) and records the changed fields", async () => {
    const created = await createMunicipality(db, actor, details());
    await createMunicipality(db, actor, details({ name: "Breda", cbsCode: "GM0758" }));
    if (created.outcome !== "saved") throw new Error("toevoegen mislukt");
    expect(await updateMunicipality(db, actor, created.id, details({ name: "tilburg", invoiceContactName: "Piet" }))).toEqual({
      outcome: "saved",
      id: created.id,
    });
    expect(await updateMunicipality(db, actor, created.id, details({ name: "breda" }))).toMatchObject({
      outcome: "invalid",
      fieldErrors: { name: expect.any(String) },
    });
    expect(await updateMunicipality(db, actor, "bestaat-niet", details())).toEqual({ outcome: "not-found" });
    const update = await db.auditEntry.findFirstOrThrow({ where: { action: "municipality.update" }, select: { before: true, after: true } });
    expect(update).toEqual({ before: { name: "Tilburg", invoiceContactName: null }, after: { name: "tilburg", invoiceContactName: "Piet" } });
  });

  it("lists municipalities by name with their years, searched in the database", async () => {
    const year = currentYear();
    for (const name of ["Tilburg", "Breda", "Emmen"]) await createMunicipality(db, actor, details({ name, cbsCode: "" }));
    const breda = await db.municipality.findUniqueOrThrow({ where: { name: "Breda" }, select: { id: true } });
    await db.membership.createMany({
      data: [
        { municipalityId: breda.id, year: year - 1 },
        { municipalityId: breda.id, year },
      ],
    });
    const all = await listMunicipalities(db, { q: "", year: "", page: 1 });
    expect(all.items.map((row) => [row.name, row.years, row.takesPart])).toEqual([
      ["Breda", [year - 1, year], true],
      ["Emmen", [], false],
      ["Tilburg", [], false],
    ]);
    expect((await listMunicipalities(db, { q: "BRE", year: "", page: 1 })).items.map((row) => row.name)).toEqual(["Breda"]);
  });
});
