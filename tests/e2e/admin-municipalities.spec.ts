import { randomBytes, randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

test("the secretary adds a municipality with its CBS code and invoicing details, edits it and sees a colleague", async ({ page, context }) => {
  await signedInSecretary(context);
  const name = `Testdorp ${randomBytes(3).toString("hex")}`;
  const cbsCode = `GM${9000 + randomInt(1000)}`;

  // Searched for: other tests add municipalities, so Tilburg need not be on the list's first page.
  await page.goto("/beheer/gemeenten?q=Tilburg");
  await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilburg" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente toevoegen" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("CBS-code").fill(cbsCode.toLowerCase());
  await page.getByLabel("Contactpersoon voor facturen").fill("Fien Factuur");
  await page.getByLabel("E-mailadres voor facturen").fill("facturen@testdorp.example");
  await page.getByLabel(/^Straat en huisnummer, of postbus/).fill("Postbus 1");
  await page.getByLabel(/^Postcode/).fill("9999zz");
  await page.getByLabel(/^Plaats/).fill("Testdorp");
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Gemeente ${name}` })).toBeVisible();
  await expect(page.getByText(`Gemeente ${name} is toegevoegd.`)).toBeVisible();
  await expect(page.getByLabel("CBS-code")).toHaveValue(cbsCode);
  await expect(page.getByLabel(/^Straat en huisnummer, of postbus/)).toHaveValue("Postbus 1");
  await expect(page.getByLabel(/^Postcode/)).toHaveValue("9999 ZZ");
  await expect(page.getByLabel(/^Plaats/)).toHaveValue("Testdorp");
  const id = new URL(page.url()).pathname.split("/").pop();

  await page.getByLabel("Contactpersoon voor facturen").fill("Frits Factuur");
  await page.getByRole("button", { name: "Gemeente opslaan" }).click();
  await expect(page.getByText("De gegevens van de gemeente zijn opgeslagen.")).toBeVisible();

  const colleague = `Carla Collega ${randomBytes(3).toString("hex")}`;
  const { id: userId } = await writeFixtures((db) =>
    buildPerson(db, { name: colleague, email: uniqueEmail("collega"), organisationType: "MUNICIPALITY", municipalityId: id }),
  );
  await page.reload();
  await expect(page.getByLabel("Contactpersoon voor facturen")).toHaveValue("Frits Factuur");
  await expect(page.getByRole("link", { name: colleague })).toHaveAttribute("href", `/beheer/mensen/${userId}`);
  await expectNoViolations(page);

  await page.goto(`/beheer/gemeenten?q=${encodeURIComponent(name.toUpperCase())}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("cell", { name: cbsCode })).toBeVisible();

  const audit = await query<{ action: string; entityLabel: string }>(
    `SELECT action, "entityLabel" FROM "AuditEntry" WHERE "entityId" = $1 ORDER BY "createdAt"`,
    [id],
  );
  expect(audit).toEqual([
    { action: "municipality.create", entityLabel: name },
    { action: "municipality.update", entityLabel: name },
  ]);
});

test("a duplicate name in another case and a bad CBS code are field errors", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/gemeenten/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill("TILBURG");
  await page.getByLabel("CBS-code").fill("0855");
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByLabel("CBS-code")).toHaveAccessibleDescription(/GM en vier cijfers/);
  await expectNoViolations(page);

  await page.getByLabel("CBS-code").fill("");
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAccessibleDescription(/Er is al een gemeente Tilburg/);
  await expectNoViolations(page);
  const rows = await query<{ count: string }>(`SELECT count(*) FROM "Municipality" WHERE lower(name) = 'tilburg'`);
  expect(rows[0].count).toBe("1");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the municipality form shows its errors and saves", async ({ page, context }) => {
    await signedInSecretary(context);
    const name = `Zonder JS ${randomBytes(3).toString("hex")}`;
    await page.goto("/beheer/gemeenten/nieuw");
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await page.getByLabel("CBS-code").fill("XX12");
    await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
    await expect(page.getByLabel("CBS-code")).toHaveAccessibleDescription(/GM en vier cijfers/);
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
    await page.getByLabel("CBS-code").fill("");
    await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Gemeente ${name}` })).toBeVisible();
  });
});

test("the secretary gives a municipality participation for the year and ends it; the list filters on it and downloads for Excel", async ({ page, context }) => {
  await signedInSecretary(context);
  const name = `Deelnemerdorp ${randomBytes(3).toString("hex")}`;
  const { id } = await writeFixtures((db) => buildMunicipality(db, { name }));
  const year = new Date().getFullYear();
  await page.goto(`/beheer/gemeenten/${id}`);
  await expect(page.getByText("Deze gemeente heeft nog niet deelgenomen.")).toBeVisible();
  await page.getByRole("button", { name: "Deelname geven" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expectNoViolations(page);
  await page.getByLabel("Jaar van deelname", { exact: true }).selectOption(String(year));
  await page.getByRole("button", { name: "Deelname geven" }).click();
  await expect(page.getByText(`Gemeente ${name} doet mee in ${year}, met een bijdrage voor dat jaar.`)).toBeVisible();
  expect(await query(`SELECT year, status FROM "FeeRecord" WHERE "municipalityId" = $1`, [id])).toEqual([{ year, status: "OPEN" }]);

  await page.goto(`/beheer/gemeenten?q=${encodeURIComponent(name)}&jaar=${year}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  const download = await context.request.get(`/beheer/gemeenten/export?q=${encodeURIComponent(name)}&jaar=${year}`);
  expect(download.headers()["content-type"]).toContain("text/csv");
  expect(await download.text()).toContain(`${name};`);

  await page.goto(`/beheer/gemeenten/${id}`);
  await page.getByLabel("Niet meer meedoen vanaf", { exact: true }).selectOption(String(year));
  await page.getByRole("button", { name: "Deelname beëindigen" }).click();
  await expect(page.getByLabel("Ja, ik wil de deelname beëindigen")).toHaveAccessibleDescription(/Vink aan/);
  await page.getByLabel("Ja, ik wil de deelname beëindigen").check();
  await page.getByRole("button", { name: "Deelname beëindigen" }).click();
  await expect(page.getByText(`Gemeente ${name} doet vanaf ${year} niet meer mee. De open bijdrage van ${year} is kwijtgescholden.`)).toBeVisible();
  await expectNoViolations(page);
  expect(await query(`SELECT status FROM "FeeRecord" WHERE "municipalityId" = $1`, [id])).toEqual([{ status: "WAIVED" }]);
  await page.goto(`/beheer/gemeenten?q=${encodeURIComponent(name)}&jaar=${year}`);
  await expect(page.getByText("Geen gemeente gevonden.")).toBeVisible();
});
