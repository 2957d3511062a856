import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildAccelerationRequest } from "../support/builders/acceleration-request";
import { buildApplication } from "../support/builders/application";
import { buildMailing } from "../support/builders/mailing";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { signedInMember, signedInSecretary } from "./support/session";

// Every page under app/(site)/beheer, found on disk: a new admin page is checked without anyone listing it here.
const adminDir = path.resolve(import.meta.dirname, "../../app/(site)/beheer");
const pagePatterns = readdirSync(adminDir, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "page.tsx")
  .map((file) => `/beheer/${path.dirname(file)}`.replace(/\/\.$/, "").replaceAll(path.sep, "/"));

/** A real record for each area's `[id]` pages; an area missing here fails the test until it is added. */
const sampleIds: Record<string, () => Promise<string>> = {
  aanmeldingen: () =>
    writeFixtures(async (db) => {
      const firstUser = await db.user.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
      return (await buildApplication(db, { userId: firstUser.id, year: 2026 })).id;
    }),
  mensen: async () => (await query<{ id: string }>(`SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1`))[0].id,
  gemeenten: async () => (await query<{ id: string }>(`SELECT id FROM "Municipality" ORDER BY name LIMIT 1`))[0].id,
  berichten: async () => (await writeFixtures((db) => buildMailing(db))).id,
  bijeenkomsten: async () => (await query<{ id: string }>(`SELECT id FROM "Meeting" ORDER BY "startsAt" LIMIT 1`))[0].id,
  bijdragen: async () => {
    await writeFixtures(async (db) => {
      const firstMunicipality = await db.municipality.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
      await db.feeRecord.createMany({ data: [{ municipalityId: firstMunicipality.id, year: 2011, amountCents: 50000 }], skipDuplicates: true });
    });
    return (await query<{ id: string }>(`SELECT id FROM "FeeRecord" ORDER BY year LIMIT 1`))[0].id;
  },
  nieuws: async () => (await query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "publishedOn" LIMIT 1`))[0].id,
  paginas: async () => "over-het-netwerk",
  themas: async () => (await query<{ id: string }>(`SELECT id FROM "Theme" ORDER BY slug LIMIT 1`))[0].id,
  versnellingstraject: async () => (await writeFixtures((db) => buildAccelerationRequest(db, { email: "anna@e2e.example" }))).id,
};

async function concretePath(pattern: string): Promise<string> {
  if (!pattern.includes("[id]")) return pattern;
  const area = pattern.split("/")[2];
  const sample = sampleIds[area];
  if (!sample) throw new Error(`Geen voorbeeldrecord voor ${pattern}: voeg "${area}" toe aan sampleIds`);
  return pattern.replace("[id]", await sample());
}

test("finds the admin pages on disk", () => {
  expect(pagePatterns).toContain("/beheer");
  expect(pagePatterns.length).toBeGreaterThanOrEqual(4);
});

for (const pattern of pagePatterns) {
  test(`${pattern}: anonymous visitors sign in first, members get 403, the secretary gets the page`, async ({ browser, request }) => {
    const pagePath = await concretePath(pattern);

    const anonymous = await request.get(pagePath, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toBe(`/inloggen?terug=${encodeURIComponent(pagePath)}`);

    const memberContext = await browser.newContext();
    await signedInMember(memberContext);
    const member = await memberContext.request.get(pagePath, { maxRedirects: 0 });
    expect(member.status()).toBe(403);
    const memberHtml = await member.text();
    expect(memberHtml).toContain("Geen toegang");
    expect(memberHtml).not.toContain('aria-label="Beheer"');
    await memberContext.close();

    const secretaryContext = await browser.newContext();
    await signedInSecretary(secretaryContext);
    const page = await secretaryContext.newPage();
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Beheer" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await secretaryContext.close();
  });
}

test("the header links to the admin area for the secretary only", async ({ browser }) => {
  const memberContext = await browser.newContext();
  await signedInMember(memberContext);
  const memberPage = await memberContext.newPage();
  await memberPage.goto("/");
  await expect(memberPage.getByRole("link", { name: "Mijn gegevens" })).toBeVisible();
  await expect(memberPage.getByRole("link", { name: "Beheer" })).toHaveCount(0);
  await memberContext.close();

  const secretaryContext = await browser.newContext();
  await signedInSecretary(secretaryContext);
  const secretaryPage = await secretaryContext.newPage();
  await secretaryPage.goto("/");
  await secretaryPage.getByRole("link", { name: "Beheer", exact: true }).click();
  await expect(secretaryPage.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await secretaryContext.close();
});
