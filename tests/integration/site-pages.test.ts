import { isRedirectError } from "next/dist/client/components/redirect-error";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SitePageBody } from "@/components/site-pages/site-page-text";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { type FormState, idleState } from "@/lib/forms/form-state";
import { loadHomePage } from "@/lib/home/load-home-page";
import { seedDatabase } from "@/lib/seed/seed-database";
import { sitePages } from "@/lib/seed/site-pages";
import { restoreSitePageVersionAction, saveSitePageAction } from "@/lib/site-pages/admin-actions";
import { fillFromSettings } from "@/lib/site-pages/fill-placeholders";
import { seedSitePages } from "@/lib/site-pages/seed-site-pages";
import { loadSitePage, loadSitePageEditor } from "@/lib/site-pages/queries";
import { contactEmail } from "@/lib/site/config";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

// The session is what the test says it is; everything else (schema, actions, database) is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

async function call(
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
  fields: Record<string, string>,
): Promise<FormState | { redirectedTo: string }> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  try {
    return await action(idleState, formData);
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: String((error as { digest: string }).digest.split(";")[2]) };
    throw error;
  }
}

const pageText = () => db.sitePage.findUniqueOrThrow({ where: { key: "over-het-netwerk" }, select: { title: true, intro: true, body: true } });
const versions = () =>
  db.sitePageVersion.findMany({
    where: { pageKey: "over-het-netwerk" },
    orderBy: { number: "asc" },
    select: { id: true, number: true, title: true, intro: true, body: true, authorId: true, authorLabel: true, createdAt: true },
  });

describe("page texts the secretary edits", () => {
  withFreshDatabase();
  let secretary: SessionUser;
  beforeAll(async () => {
    await seedDatabase(db);
    const person = await buildPerson(db, { role: "SECRETARY", name: "Klaas Secretaris" });
    secretary = { id: person.id, role: "SECRETARY", email: person.email, name: person.name };
    session.user = secretary;
  });

  it("seeds every page once, as version 1, and never overwrites an edited page", async () => {
    expect(await db.sitePage.count()).toBe(sitePages.length);
    expect((await versions()).map(({ number, authorId, authorLabel }) => ({ number, authorId, authorLabel }))).toEqual([
      { number: 1, authorId: null, authorLabel: "Oorspronkelijke tekst" },
    ]);
    await db.sitePage.update({ where: { key: "contact" }, data: { body: "Eigen tekst." } });
    await seedDatabase(db);
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: "contact" } })).body).toBe("Eigen tekst.");
    await db.sitePage.update({ where: { key: "contact" }, data: { body: sitePages.find((page) => page.key === "contact")!.body } });
  });

  it("gives a page nobody changed the seed's newer wording as a new version, and leaves a page the secretary saved alone", async () => {
    const seeded = sitePages.find((page) => page.key === "toegankelijkheid")!;
    const older = { title: seeded.title, intro: seeded.intro, body: "Oudere tekst van de verklaring." };
    const where = { pageKey: "toegankelijkheid" };
    // A site seeded before the seed's text changed: the older text, as version 1.
    await db.sitePage.update({ where: { key: "toegankelijkheid" }, data: { body: older.body } });
    await db.sitePageVersion.updateMany({ where: { ...where, number: 1 }, data: { body: older.body } });
    await seedSitePages(db, sitePages);
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: "toegankelijkheid" } })).body).toBe(seeded.body);
    const versions = await db.sitePageVersion.findMany({ where, orderBy: { number: "asc" }, select: { number: true, authorLabel: true, body: true } });
    expect(versions.map(({ number, authorLabel, body }) => ({ number, authorLabel, newest: body === seeded.body }))).toEqual([
      { number: 1, authorLabel: "Oorspronkelijke tekst", newest: false },
      { number: 2, authorLabel: "Oorspronkelijke tekst", newest: true },
    ]);
    await seedSitePages(db, sitePages);
    expect(await db.sitePageVersion.count({ where })).toBe(2);

    // Once the secretary saved a version of her own, a newer seed text never replaces it.
    await db.sitePageVersion.create({ data: { ...where, number: 3, ...older, authorId: secretary.id, authorLabel: "secretaris" } });
    await db.sitePage.update({ where: { key: "toegankelijkheid" }, data: { body: older.body } });
    await seedSitePages(db, sitePages);
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: "toegankelijkheid" } })).body).toBe(older.body);
    await db.sitePage.update({ where: { key: "toegankelijkheid" }, data: { body: seeded.body } });
  });

  it("seeds the home introduction, the versnellingstraject text and the privacy and accessibility statements with the wording the site had", async () => {
    const pages = Object.fromEntries(
      (await db.sitePage.findMany({ select: { key: true, title: true, intro: true, body: true } })).map((page) => [page.key, page]),
    );
    expect(Object.keys(pages).sort()).toEqual(["contact", "deelnemen", "home", "over-het-netwerk", "privacy", "toegankelijkheid", "versnellingstraject"]);
    expect(pages.home).toMatchObject({
      title: "Wmo transformatienetwerk voor (middel)grote gemeenten",
      intro: expect.stringMatching(/^Sinds 2010 delen en vermeerderen ambtenaren van \(middel\)grote gemeenten hier kennis .* ministeries en de VNG\.$/),
      body: expect.stringContaining("maar brengen ook vernieuwende ideeën. [Lees meer over het netwerk](/over-het-netwerk)."),
    });
    expect(pages.versnellingstraject).toMatchObject({
      title: "Versnelling transformatie sociaal domein",
      intro: expect.stringContaining("ondersteuning op proces en inhoud"),
      body: expect.stringContaining("aan het traject:\n\n{{voorwaarden-versnellingstraject}}\n\n## Collectief profijt"),
    });
    expect(pages.versnellingstraject!.body).toContain(
      "- Lou Repetur, expert sociale innovatie: [l.repetur@movisie.nl](mailto:l.repetur@movisie.nl), [06-13 45 62 23](tel:0613456223)",
    );
    expect(pages.privacy).toMatchObject({
      title: "Privacyverklaring",
      intro: "Het Wmo transformatienetwerk verwerkt zo min mogelijk persoonsgegevens, en alleen om het netwerk te laten werken.",
      body: expect.stringContaining("## Back-ups\n\nOm niets kwijt te raken maken we elke nacht een back-up van de website."),
    });
    expect(pages.privacy!.body).toContain("[Neem contact op met de secretaris](/contact)");
    expect(pages.toegankelijkheid).toMatchObject({
      title: "Toegankelijkheidsverklaring",
      intro: "Iedereen moet deze website kunnen gebruiken, ook met een beperking.",
      body: expect.stringContaining("- Formulieren hebben labels en tonen fouten in tekst bij het veld."),
    });
    // What comes from the settings or from code is a placeholder, never typed into a text.
    for (const page of Object.values(pages)) {
      const text = page.title + page.intro + page.body;
      expect(text, page.key).not.toContain("€");
      expect(text, page.key).not.toContain(contactEmail());
      expect(text, page.key).not.toContain(accelerationConditions[0]);
    }
  });

  it("shows the conditions of the versnellingstraject as a numbered list where its text has their placeholder", async () => {
    const page = (await loadSitePage(db, "versnellingstraject"))!;
    const html = renderToStaticMarkup(createElement(SitePageBody, { page }));
    const list = html.match(/<ol>(.*?)<\/ol>/s)?.[1] ?? "";
    expect(list.match(/<li>/g)).toHaveLength(accelerationConditions.length);
    expect(list).toContain("<li>Het vraagstuk van de betreffende gemeente gaat over een gewenst maatschappelijk effect");
    expect(html).toContain("In het intakegesprek bespreekt Movisie de voorwaarden voor een succesvolle deelname aan het traject:</p>\n<ol>");
    expect(html).toContain('<a href="tel:0651510134">06-51 51 01 34</a>');
    expect(html).not.toContain("{{");
  });

  it("a save makes the text the page's and keeps it as a new version with who and when; the same save again writes nothing", async () => {
    const [seeded] = await versions();
    const before = Date.now();
    const fields = {
      pageKey: "over-het-netwerk",
      baseVersionId: seeded!.id,
      title: "Over ons netwerk",
      intro: "Kort.",
      body: "## Nieuw\r\n\r\nEen **nieuwe** tekst.",
      intent: "save",
    };
    expect(await call(saveSitePageAction, fields)).toEqual({ redirectedTo: "/beheer/paginas/over-het-netwerk?opgeslagen=2" });

    expect(await pageText()).toEqual({ title: "Over ons netwerk", intro: "Kort.", body: "## Nieuw\n\nEen **nieuwe** tekst." });
    const [, saved] = await versions();
    expect(saved).toMatchObject({
      number: 2,
      title: "Over ons netwerk",
      body: "## Nieuw\n\nEen **nieuwe** tekst.",
      authorId: secretary.id,
      authorLabel: secretary.email,
    });
    expect(saved!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await db.auditEntry.findMany({ where: { entityType: "SitePage" }, select: { action: true, entityId: true, actorId: true } });
    expect(audit).toEqual([{ action: "site-page.update", entityId: "over-het-netwerk", actorId: secretary.id }]);

    // A double click: the second post carries the same text on the same base version.
    const again = await call(saveSitePageAction, fields);
    expect(again).toMatchObject({ status: "success", message: "Er was niets gewijzigd: versie 2 blijft de tekst." });
    expect(await versions()).toHaveLength(2);

    // A different text written on the old version would overwrite version 2 unseen: refused, nothing written.
    const stale = await call(saveSitePageAction, { ...fields, body: "Iets anders." });
    expect(stale).toMatchObject({ status: "error", fieldErrors: { body: expect.stringContaining("intussen opnieuw opgeslagen (versie 2") } });
    expect(await versions()).toHaveLength(2);
  });

  it("restoring an earlier version adds a version exactly equal to it", async () => {
    const [seeded] = await versions();
    expect(await call(restoreSitePageVersionAction, { pageKey: "over-het-netwerk", versionId: seeded!.id })).toEqual({
      redirectedTo: "/beheer/paginas/over-het-netwerk?teruggezet=3",
    });
    const all = await versions();
    expect(all).toHaveLength(3);
    const restored = all[2]!;
    expect({ title: restored.title, intro: restored.intro, body: restored.body }).toEqual({ title: seeded!.title, intro: seeded!.intro, body: seeded!.body });
    expect(restored.authorId).toBe(secretary.id);
    expect(await pageText()).toEqual({ title: seeded!.title, intro: seeded!.intro, body: seeded!.body });
    const seededText = sitePages.find((page) => page.key === "over-het-netwerk")!;
    expect(await pageText()).toEqual({ title: seededText.title, intro: seededText.intro, body: seededText.body });
    // Restoring it twice (a double click) adds nothing.
    expect(await call(restoreSitePageVersionAction, { pageKey: "over-het-netwerk", versionId: seeded!.id })).toMatchObject({ status: "success" });
    expect(await versions()).toHaveLength(3);

    const editor = await loadSitePageEditor(db, "over-het-netwerk");
    expect(editor?.versions.map((version) => version.number)).toEqual([3, 2, 1]);
    expect(editor?.latestVersionId).toBe(restored.id);
  });

  it("refuses an unknown placeholder with a Dutch message on its field, and writes nothing", async () => {
    const before = { text: await pageText(), versions: await versions(), audit: await db.auditEntry.count() };
    const editor = await loadSitePageEditor(db, "over-het-netwerk");
    const result = await call(saveSitePageAction, {
      pageKey: "over-het-netwerk",
      baseVersionId: editor!.latestVersionId,
      title: "Over het netwerk",
      intro: "",
      body: "Het kost {{bijdrag}} per jaar.",
      intent: "save",
    });
    expect(result).toMatchObject({
      status: "error",
      message: "Controleer de gemarkeerde velden.",
      fieldErrors: {
        body: "Deze plaatshouder bestaat niet: {{bijdrag}}. Gebruik alleen {{bijdrage}}, {{contact-email}}, {{afspraak-niet-gemeenten}}, {{afspraak-gasten}}, {{voorwaarden-versnellingstraject}}.",
      },
    });
    expect({ text: await pageText(), versions: await versions(), audit: await db.auditEntry.count() }).toEqual(before);
  });

  it("fills in the placeholders with the configured fee and address", () => {
    vi.stubEnv("ANNUAL_FEE_CENTS", "62550");
    vi.stubEnv("CONTACT_EMAIL", "info@netwerk.test");
    vi.stubEnv("NETWORK_POLICY_GUESTS", "");
    try {
      expect(fillFromSettings("Per gemeente **{{bijdrage}} per jaar**; mail {{ contact-email }}.")).toBe(
        "Per gemeente **€ 625,50 per jaar**; mail info@netwerk.test.",
      );
      // An arrangement the network did not set leaves no gap.
      expect(fillFromSettings("Eén bijeenkomst. {{afspraak-gasten}} Bevalt het?")).toBe("Eén bijeenkomst. Bevalt het?");
      vi.stubEnv("NETWORK_POLICY_GUESTS", "Gasten betalen *niets*.");
      expect(fillFromSettings("Eén bijeenkomst. {{afspraak-gasten}} Bevalt het?")).toBe("Eén bijeenkomst. Gasten betalen \\*niets\\*. Bevalt het?");
      expect(fillFromSettings("{{afspraak-gasten}}", { markdown: false })).toBe("Gasten betalen *niets*.");
      // A list is a numbered list of its own, even in the middle of a line; without Markdown, its items in a row.
      const conditions = fillFromSettings("Voorwaarden: {{voorwaarden-versnellingstraject}} Meer weten?");
      const numbered = accelerationConditions.map((condition, index) => `${index + 1}. ${condition}`).join("\n");
      expect(conditions).toBe(`Voorwaarden: \n\n${numbered}\n\n Meer weten?`);
      expect(fillFromSettings("{{voorwaarden-versnellingstraject}}", { markdown: false })).toBe(accelerationConditions.join(" "));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a saved home introduction or privacy statement is what the public pages load next", async () => {
    for (const key of ["home", "privacy"]) {
      const editor = (await loadSitePageEditor(db, key))!;
      const result = await call(saveSitePageAction, {
        pageKey: key,
        baseVersionId: editor.latestVersionId,
        title: editor.title,
        intro: `Nieuwe inleiding van ${key}.`,
        body: `${editor.body}\n\nMail ons: {{contact-email}}.`,
        intent: "save",
      });
      expect(result).toEqual({ redirectedTo: `/beheer/paginas/${key}?opgeslagen=2` });
    }
    const { introduction } = await loadHomePage(db);
    expect(introduction).toMatchObject({ title: "Wmo transformatienetwerk voor (middel)grote gemeenten", intro: "Nieuwe inleiding van home." });
    const privacy = (await loadSitePage(db, "privacy"))!;
    expect(privacy.intro).toBe("Nieuwe inleiding van privacy.");
    expect(renderToStaticMarkup(createElement(SitePageBody, { page: privacy }))).toContain(`Mail ons: ${contactEmail()}.`);
  });
});
