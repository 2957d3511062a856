import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signedInMember, userExists } from "./support/session";

test("a member edits their details, with Dutch errors next to the field", async ({ page, context }) => {
  await signedInMember(context);
  await page.goto("/mijn-gegevens");
  await page.getByRole("textbox", { name: /^Telefoonnummer/ }).fill("12");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByRole("textbox", { name: /^Telefoonnummer/ })).toHaveAccessibleDescription(/Vul een geldig telefoonnummer in/);

  await page.getByRole("textbox", { name: /^Telefoonnummer/ }).fill("020-123 45 67");
  await page.getByLabel("Functie").fill("Programmamanager sociaal domein");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByText("Je gegevens zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Functie")).toHaveValue("Programmamanager sociaal domein");
  await expect(page.getByRole("textbox", { name: /^Telefoonnummer/ })).toHaveValue("020-123 45 67");
});

test("a member downloads everything stored about them as JSON", async ({ page, context }) => {
  const { email } = await signedInMember(context, "Ivo Ingen");
  await page.goto("/mijn-gegevens");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download mijn gegevens" }).click()]);
  expect(download.suggestedFilename()).toBe("mijn-gegevens.json");
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.person).toMatchObject({ name: "Ivo Ingen", email, municipality: { name: "Tilburg" } });
});

test("the export is refused without a session", async ({ request }) => {
  expect((await request.get("/mijn-gegevens/export")).status()).toBe(401);
});

test("a member deletes their account after confirming, and is signed out", async ({ page, context }) => {
  const { userId } = await signedInMember(context);
  await page.goto("/mijn-gegevens");
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.getByText("Vink aan dat je je account en je gegevens wilt verwijderen.").first()).toBeVisible();
  expect(await userExists(userId)).toBe(true);

  await page.getByLabel("Ik wil mijn account en al mijn gegevens definitief verwijderen.").check();
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Je account is verwijderd" })).toBeVisible();
  expect(await userExists(userId)).toBe(false);
  await page.goto("/mijn-gegevens");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("/mijn-gegevens and a sign-up form with errors have no WCAG 2.1 A/AA violations", async ({ page, context }) => {
  await signedInMember(context);
  await page.goto("/mijn-gegevens");
  await expectNoViolations(page);

  await page.goto("/aanmelden");
  await page.getByRole("button", { name: "Meld je aan" }).click();
  await expect(page.getByRole("heading", { name: /fouten gevonden/ })).toBeFocused();
  await expectNoViolations(page);
});

test("every page is served with security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  const scripts = headers["content-security-policy"].match(/script-src ([^;]+)/)?.[1] ?? "";
  expect(scripts).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
