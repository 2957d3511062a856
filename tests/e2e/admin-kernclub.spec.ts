import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildPerson } from "../support/builders/person";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

// public-pages.spec.ts expects exactly the seeded kernclub: the people a test made are deleted (with their
// positions) when it ends.
const createdEmails: string[] = [];
test.afterEach(async () => {
  if (createdEmails.length) await query(`DELETE FROM "User" WHERE email = ANY($1)`, [createdEmails.splice(0)]);
});

/** A person known to the network, who has no position yet. */
async function insertPerson() {
  const name = `Kim Kernlid ${randomBytes(3).toString("hex")}`;
  const email = uniqueEmail("kernlid");
  createdEmails.push(email);
  await writeFixtures((db) => buildPerson(db, { name, email }));
  return { name, email };
}

test("the secretary gives a kernclub position and ends it; the public page follows", async ({ page, context }) => {
  await signedInSecretary(context);
  const person = await insertPerson();
  await page.goto("/beheer/kernclub");
  await expect(page.getByRole("heading", { level: 1, name: "Kernclub" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("E-mailadres van de persoon").fill(person.email.toUpperCase());
  await page.getByRole("radio", { name: "Lid van de kernclub" }).check();
  await page.getByLabel("Gemeente").selectOption({ label: "Tilburg" });
  await page.getByRole("button", { name: "Functie geven" }).click();
  await expect(page.getByText("De functie is gegeven.")).toBeVisible();
  await expect(page.getByLabel("E-mailadres van de persoon")).toHaveValue("");
  const current = page.getByRole("region", { name: "Huidige functies" });
  await expect(current.getByText(person.name, { exact: true })).toBeVisible();

  const publicPage = await context.newPage();
  await publicPage.goto("/kernclub");
  const members = publicPage.getByRole("region", { name: "Leden van de kernclub" });
  await expect(members.getByText(person.name)).toBeVisible();
  await expect(members.getByText("Lid van de kernclub, gemeente Tilburg").first()).toBeVisible();
  expect(await query(`SELECT role FROM "User" WHERE email = $1`, [person.email])).toEqual([{ role: "MEMBER" }]);

  await current.getByRole("button", { name: `Functie beëindigen: Lid van de kernclub: ${person.name}` }).click();
  await expect(current.getByText(person.name, { exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Eerdere functies" }).getByText(person.name, { exact: true })).toBeVisible();

  await publicPage.goto("/kernclub");
  await expect(members.getByText(person.name)).toHaveCount(0);
  await expect(publicPage.getByRole("region", { name: "Eerder" }).getByText(person.name)).toBeVisible();

  const audit = await query<{ action: string }>(`SELECT action FROM "AuditEntry" WHERE "entityType" = 'Position' AND "entityLabel" = $1 ORDER BY "createdAt"`, [
    `Lid van de kernclub: ${person.name}`,
  ]);
  expect(audit.map((row) => row.action)).toEqual(["position.create", "position.end"]);
});

test("an unknown e-mail address is a field error, and an end date before the start is refused", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/kernclub");
  await page.getByLabel("E-mailadres van de persoon").fill(uniqueEmail("onbekend"));
  await page.getByRole("radio", { name: "Voorzitter" }).check();
  await page.getByRole("button", { name: "Functie geven" }).click();
  const message = "Er is niemand met dit e-mailadres. Voeg de persoon eerst toe bij Mensen.";
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByRole("link", { name: `E-mailadres van de persoon: ${message}` })).toBeVisible();
  await expect(page.locator("#email-error")).toHaveText(new RegExp(message));
  await expectNoViolations(page);

  const person = await insertPerson();
  await page.getByLabel("E-mailadres van de persoon").fill(person.email);
  await page.getByRole("radio", { name: "Lid van de kernclub" }).check();
  await page.getByLabel("Begindatum").fill("2026-03-01");
  await page.getByRole("button", { name: "Functie geven" }).click();
  await expect(page.getByText("De functie is gegeven.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: person.name });
  await item.getByLabel(/Einddatum/).fill("2026-02-01");
  await item.getByRole("button", { name: /Functie beëindigen/ }).click();
  await expect(item.getByText("De einddatum kan niet vóór de begindatum liggen.")).toBeVisible();
  await expectNoViolations(page);
  expect(await query(`SELECT "endedOn" FROM "Position" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [person.email])).toEqual([{ endedOn: null }]);
});
