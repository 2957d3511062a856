import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { INVALIDATE_PUBLIC_PAGES, query } from "./support/db";
import { signedInSecretary } from "./support/session";

const suffix = () => randomBytes(4).toString("hex");

// public-pages.spec.ts checks /over-het-netwerk's wording and may run at the same time: the edit below only adds a
// paragraph to the seeded text, and whatever happens the page gets its seeded text (version 1) back afterwards.
test.afterAll(async () => {
  await query(`
    UPDATE "SitePage" p SET title = v.title, intro = v.intro, body = v.body
    FROM "SitePageVersion" v WHERE v."pageKey" = p.key AND v.number = 1 AND p.key = 'over-het-netwerk'`);
  await query(INVALIDATE_PUBLIC_PAGES);
});

/** The page as a visitor gets it: without a session cookie, so the site's server may send its kept copy. */
async function publicAboutPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto("/over-het-netwerk");
  expect(response?.status()).toBe(200);
  const main = (await page.getByRole("main").textContent()) ?? "";
  await context.close();
  return main;
}

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
