import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { deploymentSettings } from "../support/e2e-env";
import { expectNoViolations } from "./support/axe";
import { INVALIDATE_PUBLIC_PAGES, query } from "./support/db";
import { signedInSecretary } from "./support/session";

const suffix = () => randomBytes(4).toString("hex");

// public-pages.spec.ts checks the wording of /over-het-netwerk and / and may run at the same time: the edits below only
// add a paragraph to the seeded text, and whatever happens the pages get their seeded text (version 1) back afterwards.
test.afterAll(async () => {
  await query(`
    UPDATE "SitePage" p SET title = v.title, intro = v.intro, body = v.body
    FROM "SitePageVersion" v WHERE v."pageKey" = p.key AND v.number = 1 AND p.key IN ('over-het-netwerk', 'home')`);
  await query(INVALIDATE_PUBLIC_PAGES);
});

/** The main text of a page as a visitor gets it: without a session cookie, so the site's server may send its kept copy. */
async function publicMain(browser: Browser, path: string, { axe = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const main = (await page.getByRole("main").textContent()) ?? "";
  if (axe) await expectNoViolations(page);
  await context.close();
  return main;
}

const publicAboutPage = (browser: Browser) => publicMain(browser, "/over-het-netwerk");

test("the secretary edits 'over het netwerk', previews, saves, and restores the earlier version; the public page follows at once", async ({
  page,
  context,
  browser,
}) => {
  const marker = `Nieuwe alinea ${suffix()} over het netwerk.`;
  expect(await publicAboutPage(browser)).not.toContain(marker); // the visitor's copy is kept from here on

  const { email } = await signedInSecretary(context);
  await page.goto("/beheer");
  await page
    .getByRole("navigation", { name: /beheer/i })
    .getByRole("link", { name: "Pagina's" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Pagina's" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("main").getByRole("link", { name: "Over het netwerk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pagina bewerken: Over het netwerk" })).toBeVisible();
  await expect(page.getByText("{{bijdrage}}", { exact: true })).toBeVisible();
  await expectNoViolations(page);

  const body = page.getByLabel("Tekst", { exact: true });
  const original = await body.inputValue();
  await body.fill(`${original}\n\n${marker} Het kost **{{bijdrage}}**.`);
  await page.getByRole("button", { name: "Voorbeeld" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview).toContainText(`${marker} Het kost € 500.`);
  await expect(preview.locator("strong", { hasText: "€ 500" })).toBeVisible();
  await expectNoViolations(page);
  expect(await publicAboutPage(browser)).not.toContain(marker); // a preview saves nothing

  // An unknown placeholder is refused at its field.
  await body.fill(`${original}\n\n${marker} {{bijdrag}}`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#body-error")).toContainText("Deze plaatshouder bestaat niet: {{bijdrag}}.");
  await expectNoViolations(page);

  await body.fill(`${original}\n\n${marker} Het kost **{{bijdrage}}**.`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/De pagina is opgeslagen als versie \d+\./)).toBeVisible();
  const versions = page.getByRole("table", { name: "Opgeslagen versies, nieuwste eerst" });
  await expect(versions.getByRole("row").nth(1)).toContainText("Huidige tekst");
  await expect(versions.getByRole("row").nth(1)).toContainText(email);
  await expectNoViolations(page);

  const afterSave = await publicAboutPage(browser);
  expect(afterSave).toContain(`${marker} Het kost € 500.`);
  expect(afterSave).toContain("Het netwerk komt vier keer per jaar bijeen");

  // Restore the version before the save: the second row of versions, below the current one.
  const earlier = versions.getByRole("row").nth(2);
  const earlierName = (await earlier.getByRole("rowheader").textContent())!.trim();
  await earlier.getByRole("button", { name: `${earlierName} terugzetten` }).click();
  await expect(page.getByText(/De eerdere tekst is teruggezet als versie \d+\./)).toBeVisible();
  await expect(page.getByLabel("Tekst", { exact: true })).toHaveValue(original);

  const afterRestore = await publicAboutPage(browser);
  expect(afterRestore).not.toContain(marker);
  expect(afterRestore).toContain("Het netwerk komt vier keer per jaar bijeen");
});

test("the secretary adds to the home page's introduction in 'Pagina's'; the home page shows it at once, placeholder filled in", async ({
  page,
  context,
  browser,
}) => {
  const marker = `Welkom ${suffix()} bij het netwerk.`;
  expect(await publicMain(browser, "/")).not.toContain(marker);

  await signedInSecretary(context);
  await page.goto("/beheer/paginas");
  const home = page.getByRole("row").filter({ has: page.getByRole("link", { name: "/", exact: true }) });
  await home.getByRole("rowheader").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Pagina bewerken: Wmo transformatienetwerk voor (middel)grote gemeenten" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "/", exact: true })).toHaveAttribute("href", "/");
  // The conditions of the versnellingstraject are a list placeholder: the list shows as it is now.
  await expect(page.getByRole("listitem").filter({ hasText: "Opdrachtgever is de hoogste leidinggevende" })).toBeVisible();
  await expectNoViolations(page);

  const body = page.getByLabel("Tekst", { exact: true });
  const original = await body.inputValue();
  expect(original).toContain("[Lees meer over het netwerk](/over-het-netwerk)");
  await body.fill(`${original}\n\n${marker} Mail ons: {{contact-email}}.`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/De pagina is opgeslagen als versie \d+\./)).toBeVisible();

  const afterSave = await publicMain(browser, "/", { axe: true });
  expect(afterSave).toContain(`${marker} Mail ons: ${deploymentSettings.CONTACT_EMAIL}.`);
  expect(afterSave).toContain("Sinds 2010 delen en vermeerderen ambtenaren");
  expect(afterSave).toContain("Volgende bijeenkomst");
});

test("the preview works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signedInSecretary(context);
  const page = await context.newPage();
  await page.goto("/beheer/paginas/deelnemen");
  await page.getByRole("button", { name: "Voorbeeld" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview.getByRole("heading", { level: 3, name: "Wat kost het?" })).toBeVisible();
  await expect(preview.getByText("€ 500 per gemeente per jaar", { exact: true })).toBeVisible();
  await context.close();
});
