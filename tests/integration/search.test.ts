import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { removeDocument } from "@/lib/documents/remove-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { searchSite } from "@/lib/search/search-site";
import { buildArticle } from "../support/builders/article";
import { buildMeeting } from "../support/builders/meeting";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildTheme } from "../support/builders/theme";
import { docxWithParagraphs, pdfWithText, pptxWithSlides } from "../support/office-documents";
import { withFreshDatabase } from "./database";

const actor = { id: null, label: "test" };
const visitor: { readerId: string | null; page: number } = { readerId: null, page: 1 };
const titlesFound = async (query: string, reader = visitor) => (await searchSite(db, query, reader)).items.map((result) => result.title);
const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name);

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

describe("the site search", () => {
  withFreshDatabase();
  let uploads: string;
  beforeAll(async () => {
    uploads = await mkdtemp(path.join(tmpdir(), "search-uploads-"));
    process.env.UPLOAD_DIR = uploads;
  });
  afterAll(async () => {
    await rm(uploads, { recursive: true, force: true });
  });

  it("finds Dutch words by their stem, and marks them in the snippet", async () => {
    await buildArticle(db, { title: "Samenwerken in de regio", body: "Elke gemeente kiest haar eigen aanpak voor de toegang." });
    const search = await searchSite(db, "gemeenten", visitor);
    expect(search.items.map((result) => result.title)).toEqual(["Samenwerken in de regio"]);
    expect(search.items[0]).toMatchObject({ kind: "article", href: expect.stringMatching(/^\/nieuws\/testbericht-/) });
    expect(search.items[0].snippet).toContainEqual({ text: "gemeente", match: true });
    expect(await titlesFound("woonvoorziening")).toEqual([]);
  });

  it("ranks a match in the title above one in the text", async () => {
    await buildArticle(db, { title: "Verslag van de najaarsbijeenkomst", body: "Over de mantelzorg en de respijtzorg." });
    await buildArticle(db, { title: "Mantelzorg in de wijk", body: "Wat gemeenten doen." });
    expect(await titlesFound("mantelzorg")).toEqual(["Mantelzorg in de wijk", "Verslag van de najaarsbijeenkomst"]);
  });

  it("finds a meeting by its agenda topics, speakers and host, and follows changes at once", async () => {
    const host = await buildMunicipality(db, { name: "Hoogvliet aan Zee" });
    const meeting = await buildMeeting(db, {
      title: "Voorjaarsbijeenkomst",
      hostMunicipalityId: host.id,
      agendaItems: { create: [{ position: 1, title: "Schuldhulpverlening vernieuwd", speaker: "Annemieke Vrolijk" }] },
    });
    expect(await titlesFound("schuldhulpverlening")).toEqual(["Voorjaarsbijeenkomst"]);
    expect(await titlesFound("Vrolijk")).toEqual(["Voorjaarsbijeenkomst"]);
    expect(await titlesFound("Hoogvliet")).toEqual(["Voorjaarsbijeenkomst"]);

    await db.municipality.update({ where: { id: host.id }, data: { name: "Laagvliet" } });
    expect(await titlesFound("Hoogvliet")).toEqual([]);
    expect(await titlesFound("Laagvliet")).toEqual(["Voorjaarsbijeenkomst"]);

    await db.meeting.update({ where: { id: meeting.id }, data: { published: false } });
    expect(await titlesFound("schuldhulpverlening")).toEqual([]);
  });

  it("finds themes and page texts, never a placeholder's name", async () => {
    await buildTheme(db, { name: "Vervoer op maat", description: "Doelgroepenvervoer en het regiotaxi-contract." });
    await db.sitePage.create({ data: { key: "contact", title: "Contact", intro: "Mail ons.", body: "Schrijf naar {{contact-email}} over het lidmaatschap." } });
    expect(await titlesFound("doelgroepenvervoer")).toEqual(["Vervoer op maat"]);
    const page = (await searchSite(db, "lidmaatschap", visitor)).items;
    expect(page).toMatchObject([{ kind: "page", title: "Contact", href: "/contact" }]);
    expect(await titlesFound("contact-email")).not.toContain("Contact");
  });

  it("shows the words inside documents, and their titles, only to a reader covered this year", async () => {
    const meeting = await buildMeeting(db, { title: "Najaarsbijeenkomst" });
    const pdf = await pdfWithText(["Inleiding", "De wachtlijsten voor jeugdhulp worden korter."]);
    const uploaded = await uploadDocument(db, actor, { meetingId: meeting.id, title: "Presentatie Zwaluwstaart", file: file("p.pdf", pdf) });
    expect(uploaded.outcome).toBe("saved");

    const municipality = await buildMunicipality(db);
    await buildMembership(db, { municipalityId: municipality.id });
    const member = await buildPerson(db, { municipalityId: municipality.id, admittedAt: new Date() });
    const notAdmitted = await buildPerson(db, { municipalityId: municipality.id });
    const asMember = { readerId: member.id, page: 1 };

    for (const reader of [visitor, { readerId: notAdmitted.id, page: 1 }]) {
      expect(await titlesFound("wachtlijsten", reader)).toEqual([]);
      expect(await titlesFound("Zwaluwstaart", reader)).toEqual([]);
      expect((await searchSite(db, "wachtlijsten", reader)).withDocuments).toBe(false);
    }
    const found = await searchSite(db, "wachtlijst jeugdhulp", asMember);
    expect(found.withDocuments).toBe(true);
    expect(found.items).toMatchObject([
      { kind: "document", title: "Presentatie Zwaluwstaart", href: `/agenda/${meeting.slug}/documenten/${uploaded.outcome === "saved" && uploaded.id}` },
    ]);
    expect(found.items[0].snippet).toContainEqual({ text: "wachtlijsten", match: true });

    await removeDocument(db, actor, uploaded.outcome === "saved" ? uploaded.id : "");
    expect(await titlesFound("wachtlijsten", asMember)).toEqual([]);
  });

  it("reads the words of Word and PowerPoint files on upload", async () => {
    const meeting = await buildMeeting(db);
    const municipality = await buildMunicipality(db);
    await buildMembership(db, { municipalityId: municipality.id });
    const asMember = { readerId: (await buildPerson(db, { municipalityId: municipality.id, admittedAt: new Date() })).id, page: 1 };
    const word = docxWithParagraphs(["Notulen van de kernclub.", "Afspraken over de dagvoorzitter."]);
    const slides = pptxWithSlides(["Welkom", "Resultaten van het onderzoek naar beschermd wonen"]);
    await uploadDocument(db, actor, { meetingId: meeting.id, title: "Notulen", file: file("n.docx", word) });
    await uploadDocument(db, actor, { meetingId: meeting.id, title: "Dia's", file: file("d.pptx", slides) });
    expect(await titlesFound("dagvoorzitter", asMember)).toEqual(["Notulen"]);
    expect(await titlesFound("beschermd wonen", asMember)).toEqual(["Dia's"]);
  });

  it("reads the same number of queries whether it finds three things or thirty, and pages the rest", async () => {
    const count = async (query: string, page = 1) => {
      queries = 0;
      const search = await searchSite(db, query, { readerId: null, page });
      return { queries, search };
    };
    for (let index = 0; index < 3; index += 1) await buildArticle(db, { title: `Kort over armoedebeleid ${index}` });
    const few = await count("armoedebeleid");
    for (let index = 0; index < 27; index += 1) await buildArticle(db, { title: `Meer over armoedebeleid ${index}` });
    const many = await count("armoedebeleid");
    expect(few.search.total).toBe(3);
    expect(many.search).toMatchObject({ total: 30, pageCount: 2 });
    expect(many.search.items).toHaveLength(20);
    expect(many.queries).toBe(few.queries);
    expect((await count("armoedebeleid", 2)).search.items).toHaveLength(10);
    expect((await count("armoedebeleid", 3)).search).toMatchObject({ items: [], total: 30 });
  });
});
