import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./support/members";

test("a failed sign-up shows a focused error summary, errors at the fields, and keeps what was typed", async ({ page }) => {
  await page.goto("/aanmelden");
  await page.getByLabel("Naam", { exact: true }).fill("Carla");
  await page.getByLabel("E-mailadres op het werk").fill("geen-adres");
  await page.getByLabel("Telefoonnummer").fill("12345");
  await page.getByLabel("Je gemeente", { exact: true }).selectOption({ label: "Breda" });
  await page.getByRole("button", { name: "Meld je aan" }).click();

  const summary = page.getByRole("heading", { name: /fouten gevonden/ });
  await expect(summary).toBeFocused();
  await expect(page.getByText("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.").first()).toBeVisible();
  await expect(page.getByLabel("E-mailadres op het werk")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-mailadres op het werk")).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Carla");
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue("12345");
  await expect(page.getByLabel("Je gemeente", { exact: true }).locator("option:checked")).toHaveText("Breda");

  await page.getByRole("link", { name: /E-mailadres op het werk: / }).click();
  await expect(page.getByLabel("E-mailadres op het werk")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-up form still validates and submits", async ({ page }) => {
    await page.goto("/aanmelden");
    await page.getByRole("button", { name: "Meld je aan" }).click();
    await expect(page.getByText("Vul je naam in.").first()).toBeVisible();

    await page.getByLabel("Naam", { exact: true }).fill("Dirk Bakker");
    await page.getByLabel("E-mailadres op het werk").fill(uniqueEmail("zonder-js"));
    await page.getByLabel("Functie").fill("Programmamanager");
    await page.getByRole("radio", { name: "Ministerie" }).check();
    await page.getByLabel("Naam van je organisatie").fill("Ministerie van VWS");
    // A ministry's employee is not told that "your municipality pays": the fee is a municipality's.
    const wholeYear = page.getByRole("radio", { name: /Ik doe dit jaar mee/ });
    await expect(wholeYear).toHaveAccessibleName(/Werk je bij een gemeente, dan betaalt je gemeente € 500 per jaar, voor alle collega’s samen\.$/);
    await wholeYear.check();
    await page.getByRole("button", { name: "Meld je aan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor je aanmelding" })).toBeVisible();
  });
});

test("the sign-up form runs within the site's script policy: the browser reports no CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/aanmelden");
  await page.getByLabel("Naam", { exact: true }).fill("Carla Consistent");
  await page.getByRole("button", { name: "Meld je aan" }).click();
  await expect(page.getByRole("heading", { name: /fouten gevonden/ })).toBeVisible();
  expect(violations).toEqual([]);
});
