import { expect, type Page } from "@playwright/test";

/** Opens the new-article form and fills in a news item dated 2001-01-01: an old date keeps it off the home page, which public-pages.spec.ts checks. */
export async function fillOldNewsItem(page: Page, { title, summary, body }: { title: string; summary: string; body: string }) {
  await page.goto("/beheer/nieuws/nieuw");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Publicatiedatum").fill("2001-01-01");
  await page.getByRole("radio", { name: "Nieuws", exact: true }).check();
  await page.getByLabel("Samenvatting", { exact: true }).fill(summary);
  await page.getByLabel("Tekst", { exact: true }).fill(body);
}

/** Publishes the article in the form and saves it. */
export async function publishNewsItem(page: Page) {
  await page.getByRole("radio", { name: /^Gepubliceerd/ }).check();
  await page.getByRole("button", { name: "Bericht opslaan" }).click();
  await expect(page.getByText("Het bericht is aangemaakt.")).toBeVisible();
}
