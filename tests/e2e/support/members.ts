import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";
import { baseURL, e2eDatabaseUrl, smtpPort } from "../../support/e2e-env";
import { buildMunicipality } from "../../support/builders/municipality";
import { writeFixtures } from "./fixtures";

/** A unique address per test, so tests run in parallel without resets. */
export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@e2e.example`;
}

/** A municipality of the test's own, without any membership: no other test gives it one. */
export async function newMunicipality(prefix = "Testgemeente") {
  const municipality = await writeFixtures((db) => buildMunicipality(db, { name: `${prefix} ${randomUUID().slice(0, 8)}` }));
  return municipality.name;
}

/** Approves through the documented command (`npm run members:approve -- <e-mail>`), against the site's database. */
export async function approve(email: string) {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/approve-applications.ts", email], {
    // The same database and mail server as the site under test.
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SITE_URL: baseURL },
  });
  expect(stdout).toContain("goedgekeurd");
}

type SignUp = { name: string; email: string; municipality?: string; meeting?: "first" };

/** Fills in and sends /aanmelden as a civil servant of a municipality. */
export async function signUp(page: Page, { name, email, municipality = "Tilburg", meeting }: SignUp) {
  await page.goto("/aanmelden");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres op het werk").fill(email);
  await page.getByLabel("Functie").fill("Strategisch beleidsadviseur sociaal domein");
  await page.getByRole("radio", { name: "Gemeente", exact: true }).check();
  await page.getByLabel("Je gemeente", { exact: true }).selectOption({ label: municipality });
  if (meeting) {
    await page.getByRole("radio", { name: /Ik doe een keer mee/ }).check();
    await page.getByLabel("Bijeenkomst", { exact: true }).selectOption({ index: 1 });
  } else {
    await page.getByRole("radio", { name: /Ik doe dit jaar mee/ }).check();
  }
  await page.getByRole("button", { name: "Meld je aan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor je aanmelding" })).toBeVisible();
}
