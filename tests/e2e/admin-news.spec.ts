import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";
import { signedInSecretary } from "./support/session";

const suffix = () => randomBytes(4).toString("hex");

// public-pages.spec.ts expects exactly the seeded articles: published test articles get an old date (so they
// stay off the home page) and every article a test made is deleted when it ends.
const createdTitles: string[] = [];
test.afterEach(async () => {
  if (createdTitles.length) await query(`DELETE FROM "Article" WHERE title = ANY($1)`, [createdTitles.splice(0)]);
});

async function fillArticle(page: Page, { title, body, status }: { title: string; body: string; status: "Concept" | "Gepubliceerd" }) {
  createdTitles.push(title);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Publicatiedatum").fill("2001-01-01");
  await page.getByRole("radio", { name: "Nieuws", exact: true }).check();
  await page.getByLabel("Samenvatting", { exact: true }).fill(`Samenvatting van ${title}.`);
  await page.getByLabel("Tekst", { exact: true }).fill(body);
  await page.getByRole("radio", { name: new RegExp(`^${status}`) }).check();
}

test("the secretary writes, previews, publishes and unpublishes a news item", async ({ page, context }) => {
  await signedInSecretary(context);
  const id = suffix();
  const title = `Nieuws uit de kernclub ${id}`;

  await page.goto("/beheer/nieuws");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuws" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wmo transformatienetwerk is vruchtbare smeltkroes" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("link", { name: "Nieuw bericht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw bericht" })).toBeVisible();
  await expectNoViolations(page);
  await fillArticle(page, { title, body: `## Tussenkop ${id}\n\nEen alinea met **vet** en een [link](https://example.org).`, status: "Concept" });

  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview.getByRole("heading", { level: 3, name: `Tussenkop ${id}` })).toBeVisible();
  await expect(preview.locator("strong", { hasText: "vet" })).toBeVisible();
  await expectNoViolations(page);
  expect(await query(`SELECT 1 FROM "Article" WHERE title = $1`, [title])).toHaveLength(0);
  await page.request.get("/nieuws").then(async (response) => expect(await response.text()).not.toContain(title));

  await page.getByRole("radio", { name: /^Gepubliceerd/ }).check();
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is aangemaakt.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Bericht bewerken: ${title}` })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, "");
  await expectNoViolations(page);

  const publicPage = await context.newPage();
  await publicPage.goto("/nieuws");
  await publicPage.getByRole("link", { name: title }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(publicPage.getByRole("heading", { level: 2, name: `Tussenkop ${id}` })).toBeVisible();
  const articleUrl = publicPage.url();

  await page.goto(editUrl);
  await page.getByRole("radio", { name: /^Concept/ }).check();
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is opgeslagen.")).toBeVisible();
  await publicPage.goto("/nieuws");
  await expect(publicPage.getByRole("heading", { level: 1, name: "Nieuws en verslagen" })).toBeVisible();
  await expect(publicPage.getByRole("link", { name: title })).toHaveCount(0);
  expect((await publicPage.goto(articleUrl))?.status()).toBe(404);

  const audit = await query<{ action: string }>(`SELECT action FROM "AuditEntry" WHERE "entityType" = 'Article' AND "entityLabel" = $1 ORDER BY "createdAt"`, [
    title,
  ]);
  expect(audit.map((row) => row.action)).toEqual(["article.create", "article.update"]);
});

test("a hostile article runs no script and links nowhere dangerous", async ({ page, context }) => {
  await signedInSecretary(context);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const title = `Vijandig bericht ${suffix()}`;
  const body = [
    "## Gewone kop",
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('onerror')>",
    "[klik](javascript:alert('link'))",
    "[hoofdletters](JAVASCRIPT:alert('LINK'))",
    "[data](data:text/html,<script>alert('data')</script>)",
  ].join("\n\n");
  await page.goto("/beheer/nieuws/nieuw");
  await fillArticle(page, { title, body, status: "Gepubliceerd" });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("region", { name: "Voorbeeld" }).getByRole("heading", { name: "Gewone kop" })).toBeVisible();
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is aangemaakt.")).toBeVisible();

  await page.goto("/nieuws");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const content = page.locator("article .prose-content");
  await expect(content.getByRole("heading", { name: "Gewone kop" })).toBeVisible();
  await expect(content.locator("script")).toHaveCount(0);
  await expect(content.locator("img")).toHaveCount(0);
  expect(
    await content.evaluate((element) => [...element.querySelectorAll("*")].flatMap((node) => node.getAttributeNames()).filter((name) => name.startsWith("on"))),
  ).toEqual([]);
  for (const name of ["klik", "hoofdletters", "data"]) {
    const href = (await content.getByText(name, { exact: true }).getAttribute("href")) ?? "";
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  await content.getByText("klik", { exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("a form with an empty title shows the error summary and saves nothing", async ({ page, context }) => {
  await signedInSecretary(context);
  const marker = `Zonder titel ${suffix()}`;
  await page.goto("/beheer/nieuws/nieuw");
  await page.getByLabel("Samenvatting", { exact: true }).fill(marker);
  await page.getByLabel("Tekst", { exact: true }).fill("Tekst.");
  await page.getByRole("button", { name: "Bericht opslaan" }).click();

  const summary = page.getByRole("heading", { name: /Er (is|zijn) \d+ fout(en)? gevonden/ });
  await expect(summary).toBeFocused();
  await expect(page.getByRole("link", { name: "Titel: Vul een titel in van minstens 3 tekens." })).toBeVisible();
  await expect(page.locator("#title-error")).toHaveText(/Vul een titel in van minstens 3 tekens\./);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Samenvatting", { exact: true })).toHaveValue(marker);
  await expectNoViolations(page);
  expect(await query(`SELECT 1 FROM "Article" WHERE summary = $1`, [marker])).toHaveLength(0);
});

test("the list is searched and filtered by status", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/nieuws?q=smeltkroes&status=gepubliceerd");
  await expect(page.getByRole("link", { name: "Wmo transformatienetwerk is vruchtbare smeltkroes" })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.goto("/beheer/nieuws?q=smeltkroes&status=concept");
  await expect(page.getByText("Geen berichten gevonden.")).toBeVisible();
  await expectNoViolations(page);
});

test("without JavaScript the preview and the error summary still work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signedInSecretary(context);
  const page = await context.newPage();
  const id = suffix();
  await page.goto("/beheer/nieuws/nieuw");
  await fillArticle(page, { title: `Zonder script ${id}`, body: `## Kop zonder script ${id}`, status: "Concept" });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("region", { name: "Voorbeeld" }).getByRole("heading", { name: `Kop zonder script ${id}` })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Zonder script ${id}`);
  await page.getByLabel("Titel", { exact: true }).fill("");
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.locator("#title-error")).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(`Zonder script ${id}`);
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is aangemaakt.")).toBeVisible();
  await context.close();
});

test("saving a long article keeps all of its text", async ({ page, context }) => {
  await signedInSecretary(context);
  const [before] = await query<{ id: string; body: string }>(`SELECT id, body FROM "Article" WHERE slug = 'vruchtbare-smeltkroes'`, []);
  expect(before.body.length).toBeGreaterThan(2000);
  await page.goto(`/beheer/nieuws/${before.id}`);
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Tekst", { exact: true })).toHaveValue(before.body);
  const [after] = await query<{ body: string }>(`SELECT body FROM "Article" WHERE id = $1`, [before.id]);
  expect(after.body).toBe(before.body);
});
