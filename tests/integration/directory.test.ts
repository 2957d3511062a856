import { beforeAll, describe, expect, it, vi } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { saveDirectoryChoiceAction } from "@/lib/directory/actions";
import { loadDirectoryPage } from "@/lib/directory/load-directory-page";
import { updateMunicipalityAction } from "@/lib/municipalities/admin-actions";
import { listPublicParticipants } from "@/lib/municipalities/list-public-participants";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildTheme } from "../support/builders/theme";
import { withFreshDatabase } from "./database";
import { post } from "./support/post-form";

// The session is what the test says it is; everything else (schemas, domain code, database) is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

type Person = { id: string; name: string; email: string | null };

/** Saves the person's directory choice through the action on /mijn-gegevens, signed in as them. */
function choose(person: Person, fields: Record<string, string | string[]>) {
  session.user = { id: person.id, role: "MEMBER", email: person.email, name: person.name };
  return post(saveDirectoryChoiceAction, fields);
}

const noFilter = { theme: "", municipality: "" };
const names = async (readerId: string, filters = noFilter) => {
  const page = await loadDirectoryPage(db, readerId, filters);
  if (!page.allowed) throw new Error(`geen toegang: ${page.coverage.kind}`);
  return page.entries.map((entry) => entry.name);
};

describe("the members' directory (/leden)", () => {
  withFreshDatabase();
  const now = new Date();
  let wijk: { id: string; slug: string; name: string };
  let geld: { id: string; slug: string; name: string };
  let almere: { id: string; slug: string };
  let breda: { id: string; slug: string };
  let anna: Person, bram: Person, carla: Person, dirk: Person, eva: Person, secretary: Person;

  beforeAll(async () => {
    wijk = await buildTheme(db, { name: "Wijkgericht werken", slug: "wijkgericht-werken" });
    geld = await buildTheme(db, { name: "Bestaanszekerheid", slug: "bestaanszekerheid" });
    almere = await buildMunicipality(db, { name: "Almere" });
    breda = await buildMunicipality(db, { name: "Breda" });
    const cuijk = await buildMunicipality(db, { name: "Cuijk" });
    await buildMembership(db, { municipalityId: almere.id });
    await buildMembership(db, { municipalityId: breda.id });
    await buildMembership(db, { municipalityId: cuijk.id, year: now.getFullYear() - 1 });
    const admitted = { admittedAt: now, organisationType: "MUNICIPALITY" as const };
    anna = await buildPerson(db, { ...admitted, name: "Anna Aalders", municipalityId: almere.id, jobTitle: "Beleidsadviseur", phone: "06-11 11 11 11" });
    bram = await buildPerson(db, { ...admitted, name: "Bram Bos", municipalityId: breda.id, jobTitle: "Programmamanager", phone: "06-22 22 22 22" });
    carla = await buildPerson(db, { ...admitted, name: "Carla Cuijpers", municipalityId: cuijk.id }); // her municipality stopped
    dirk = await buildPerson(db, { ...admitted, name: "Dirk Dekker", municipalityId: almere.id }); // never opts in
    eva = await buildPerson(db, { name: "Eva Evers", municipalityId: almere.id }); // signed up, not admitted
    secretary = await buildPerson(db, { role: "SECRETARY", name: "Sanne Secretaris" });
    expect(await choose(anna, { listed: "ja", showEmail: "ja", themeIds: [wijk.id, geld.id] })).toMatchObject({ status: "success" });
    expect(await choose(bram, { listed: "ja", showPhone: "ja", themeIds: [geld.id] })).toMatchObject({ status: "success" });
    expect(await choose(carla, { listed: "ja", showEmail: "ja" })).toMatchObject({ status: "success" });
    expect(await choose(eva, { listed: "ja", showEmail: "ja" })).toMatchObject({ status: "success" });
    // Ticking what to show without ticking "listed" lists nobody.
    expect(await choose(dirk, { showEmail: "ja", themeIds: [wijk.id] })).toMatchObject({ status: "success" });
  });

  it("is shown only to readers with a member's rights this year, and lists only covered people who opted in", async () => {
    expect(await loadDirectoryPage(db, eva.id, noFilter)).toMatchObject({ allowed: false, coverage: { kind: "not-admitted" } });
    expect(await loadDirectoryPage(db, carla.id, noFilter)).toMatchObject({ allowed: false, coverage: { kind: "none", municipalityName: "Cuijk" } });
    expect(await names(anna.id)).toEqual(["Anna Aalders", "Bram Bos"]);
    expect(await names(dirk.id)).toEqual(["Anna Aalders", "Bram Bos"]);
    expect(await names(secretary.id)).toEqual(["Anna Aalders", "Bram Bos"]);
    expect(await db.directoryEntry.count({ where: { userId: dirk.id } })).toBe(0);
  });

  it("shows of each person only the ways to reach them they chose, with their organisation, job and themes", async () => {
    const page = await loadDirectoryPage(db, dirk.id, noFilter);
    if (!page.allowed) throw new Error("geen toegang");
    expect(page.entries).toEqual([
      {
        id: anna.id,
        name: "Anna Aalders",
        organisation: "Gemeente Almere",
        jobTitle: "Beleidsadviseur",
        themes: [
          { slug: "bestaanszekerheid", name: "Bestaanszekerheid" },
          { slug: "wijkgericht-werken", name: "Wijkgericht werken" },
        ],
        email: anna.email,
        phone: null,
      },
      {
        id: bram.id,
        name: "Bram Bos",
        organisation: "Gemeente Breda",
        jobTitle: "Programmamanager",
        themes: [{ slug: "bestaanszekerheid", name: "Bestaanszekerheid" }],
        email: null,
        phone: "06-22 22 22 22",
      },
    ]);
    // The municipality filter offers the municipalities of listed people only.
    expect(page.municipalities.map((municipality) => municipality.slug)).toEqual([almere.slug, breda.slug]);
    expect(page.themes.map((theme) => theme.slug)).toEqual(["bestaanszekerheid", "wijkgericht-werken"]);
  });

  it("filters by theme and by municipality", async () => {
    expect(await names(dirk.id, { theme: wijk.slug, municipality: "" })).toEqual(["Anna Aalders"]);
    expect(await names(dirk.id, { theme: geld.slug, municipality: "" })).toEqual(["Anna Aalders", "Bram Bos"]);
    expect(await names(dirk.id, { theme: "", municipality: breda.slug })).toEqual(["Bram Bos"]);
    expect(await names(dirk.id, { theme: wijk.slug, municipality: breda.slug })).toEqual([]);
    expect(await names(dirk.id, { theme: "bestaat-niet", municipality: "" })).toEqual([]);
  });

  it("refuses a theme that does not exist", async () => {
    expect(await choose(anna, { listed: "ja", themeIds: ["bestaat-niet"] })).toMatchObject({
      status: "error",
      fieldErrors: { themeIds: "Kies thema's uit de lijst." },
    });
    expect(await names(dirk.id, { theme: wijk.slug, municipality: "" })).toEqual(["Anna Aalders"]);
  });

  it("loads the list in the same number of queries for 2 and for 40 people listed", async () => {
    queries = 0;
    await loadDirectoryPage(db, dirk.id, noFilter);
    const few = queries;
    for (let index = 0; index < 38; index += 1) {
      const person = await buildPerson(db, { admittedAt: now, municipalityId: index % 2 ? almere.id : breda.id, phone: "0612345678" });
      await db.directoryEntry.create({
        data: { userId: person.id, showEmail: true, showPhone: true, themes: { create: [{ themeId: wijk.id }, { themeId: geld.id }] } },
      });
    }
    queries = 0;
    const page = await loadDirectoryPage(db, dirk.id, noFilter);
    expect(page.allowed && page.entries).toHaveLength(40);
    expect(queries).toBe(few);
    expect(few).toBeLessThanOrEqual(15);
  });

  it("puts the choice and the chosen themes in the personal data export", async () => {
    const exported = await exportPersonalData(db, anna.id);
    expect(exported.membersDirectory).toMatchObject({ listed: true, showEmail: true, showPhone: false, themes: ["Bestaanszekerheid", "Wijkgericht werken"] });
    expect((await exportPersonalData(db, dirk.id)).membersDirectory).toEqual({ listed: false });
  });

  it("removes the entry at once when the person leaves the directory, and keeps nothing of the choice", async () => {
    expect(await choose(bram, { showPhone: "ja", themeIds: [geld.id] })).toMatchObject({
      status: "success",
      message: "Je staat niet (meer) in de ledenlijst. Wat je daarvoor had gekozen, is gewist.",
    });
    expect(await names(dirk.id, { theme: "", municipality: breda.slug })).not.toContain("Bram Bos");
    expect(await db.directoryEntryTheme.count({ where: { userId: bram.id } })).toBe(0);
    expect((await exportPersonalData(db, bram.id)).membersDirectory).toEqual({ listed: false });
  });

  it("removes the entry with the account", async () => {
    await deleteAccount(db, anna.id);
    expect(await db.directoryEntry.count({ where: { userId: anna.id } })).toBe(0);
    expect(await db.directoryEntryTheme.count({ where: { userId: anna.id } })).toBe(0);
    expect(await names(dirk.id)).not.toContain("Anna Aalders");
  });
});

describe("who takes part, on /deelnemen", () => {
  withFreshDatabase();

  it("counts every municipality taking part this year and names, alphabetically, those that agreed and take part", async () => {
    const year = new Date().getFullYear();
    const secretary = await buildPerson(db, { role: "SECRETARY" });
    session.user = { id: secretary.id, role: "SECRETARY", email: secretary.email, name: secretary.name };
    const zwolle = await buildMunicipality(db, { name: "Zwolle", publicParticipant: true });
    const arnhem = await buildMunicipality(db, { name: "Arnhem" });
    const delft = await buildMunicipality(db, { name: "Delft" });
    const ede = await buildMunicipality(db, { name: "Ede", publicParticipant: true }); // agreed, but took part last year only
    for (const municipality of [zwolle, arnhem, delft]) await buildMembership(db, { municipalityId: municipality.id });
    await buildMembership(db, { municipalityId: ede.id, year: year - 1 });
    expect(await listPublicParticipants(db)).toMatchObject({ count: 3, names: ["Zwolle"] });

    // The secretary's tick, in the municipality form, audited like the rest of the form.
    expect(await post(updateMunicipalityAction, { id: arnhem.id, name: "Arnhem", publicParticipant: "ja" })).toMatchObject({ status: "success" });
    expect(await listPublicParticipants(db)).toMatchObject({ count: 3, names: ["Arnhem", "Zwolle"] });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Municipality", entityId: arnhem.id, action: "municipality.update" } });
    expect(audit).toMatchObject({ before: { publicParticipant: false }, after: { publicParticipant: true } });

    expect(await post(updateMunicipalityAction, { id: zwolle.id, name: "Zwolle" })).toMatchObject({ status: "success" });
    expect(await listPublicParticipants(db)).toMatchObject({ count: 3, names: ["Arnhem"] });
  });
});
