import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { auditActions, query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { followSignInLink, linkIn, waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";
import { signedInMember, signedInSecretary } from "./support/session";

/** A person straight in the database, working for Tilburg. */
async function addPerson(name: string, role: "MEMBER" | "GUEST" | "KERNCLUB" = "MEMBER") {
  const email = uniqueEmail("persoon");
  const { id } = await writeFixtures(async (db) =>
    buildPerson(db, {
      name,
      email,
      role,
      jobTitle: "Beleidsadviseur",
      organisationType: "MUNICIPALITY",
      municipalityId: await municipalityIdNamed(db, "Tilburg"),
    }),
  );
  return { id, email };
}

const suffix = () => randomBytes(3).toString("hex");

test("the secretary searches people by name and e-mail and filters by role", async ({ page, context }) => {
  await signedInSecretary(context);
  const tag = `Zoek${suffix()}`;
  const member = await addPerson(`Mirjam ${tag}`, "MEMBER");
  await addPerson(`Gijs ${tag}`, "GUEST");

  await page.goto("/beheer/mensen");
  await expect(page.getByRole("heading", { level: 1, name: "Mensen" })).toBeVisible();
  await expectNoViolations(page);
  const search = page.getByLabel("Zoek op naam, e-mailadres of gemeente");
  await search.fill(tag.toLowerCase());
  await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page.getByRole("link", { name: `Mirjam ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Gijs ${tag}` })).toBeVisible();

  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Gast" });
  await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page).toHaveURL(/rol=GUEST/);
  await expect(page.getByRole("link", { name: `Gijs ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Mirjam ${tag}` })).toHaveCount(0);

  await page.goto(`/beheer/mensen?q=${encodeURIComponent(member.email.slice(0, 16))}`);
  await expect(page.getByRole("link", { name: `Mirjam ${tag}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: member.email })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(1);
  await expect(page.getByRole("row")).toHaveCount(2);
  await expectNoViolations(page);
});

test("the secretary edits a person's job title and role", async ({ page, context }) => {
  await signedInSecretary(context);
  const name = `Wim Wijzig${suffix()}`;
  const person = await addPerson(name);
  await page.goto(`/beheer/mensen/${person.id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("textbox", { name: /^Functie/ }).fill("Teamleider Wmo");
  await page.getByLabel("Rol", { exact: true }).selectOption("KERNCLUB");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByText("De gegevens zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Functie/ })).toHaveValue("Teamleider Wmo");
  await expect(page.getByLabel("Rol", { exact: true })).toHaveValue("KERNCLUB");

  const audit = await query<{ before: unknown; after: unknown }>(`SELECT before, after FROM "AuditEntry" WHERE action = 'user.update' AND "entityId" = $1`, [
    person.id,
  ]);
  expect(audit).toEqual([{ before: { jobTitle: "Beleidsadviseur", role: "MEMBER" }, after: { jobTitle: "Teamleider Wmo", role: "KERNCLUB" } }]);
  await expect(page.getByRole("heading", { name: "Geschiedenis" })).toBeVisible();
  await expect(page.getByText("gegevens gewijzigd")).toBeVisible();
});

test("the secretary adds a person with a welcome mail whose link signs them in", async ({ page, context, browser }) => {
  await signedInSecretary(context);
  const name = `Nina Nieuw${suffix()}`;
  const email = uniqueEmail("welkom");
  await page.goto("/beheer/mensen/nieuw");
  await expectNoViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("textbox", { name: /^Functie/ }).fill("Kwartiermaker");
  await page.getByRole("radio", { name: "Gemeente", exact: true }).check();
  await page.getByLabel("Gemeente van deze persoon").selectOption({ label: "Emmen" });
  await page.getByLabel("Rol", { exact: true }).selectOption("KERNCLUB");
  await page.getByLabel("Stuur een welkomstmail met een inloglink").check();
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${name} is toegevoegd en heeft een welkomstmail`)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Welkom bij het Wmo transformatienetwerk" })).toBeVisible();

  const mail = await waitForMail(email, "Welkom bij het Wmo transformatienetwerk");
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await followSignInLink(visitor, linkIn(mail), "/mijn-gegevens");
  await expect(visitor).toHaveURL(/\/mijn-gegevens$/);
  await expect(visitor.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(visitor.getByText(`Ingelogd als ${email}.`)).toBeVisible();
  await visitorContext.close();

  const audit = await query<{ action: string; entityLabel: string }>(
    `SELECT a.action, a."entityLabel" FROM "AuditEntry" a JOIN "User" u ON u.id = a."entityId" WHERE u.email = $1`,
    [email],
  );
  expect(audit).toEqual([{ action: "user.create", entityLabel: name }]);
});

test("a duplicate e-mail address is a field error and nothing is written", async ({ page, context }) => {
  await signedInSecretary(context);
  const existing = await addPerson(`Dirk Dubbel${suffix()}`);
  await page.goto("/beheer/mensen/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill("Iemand Anders");
  await page.getByLabel("E-mailadres").fill(existing.email.toUpperCase());
  await page.getByRole("radio", { name: "VNG", exact: true }).check();
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/hoort al bij een ander account/);
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Iemand Anders");
  await expectNoViolations(page);
  const rows = await query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email = $1 OR name = 'Iemand Anders'`, [existing.email]);
  expect(rows[0].count).toBe("1");
});

test("a deactivated person is signed out and gets no sign-in link; reactivating restores the account", async ({ page, context, browser }) => {
  await signedInSecretary(context);
  const memberContext = await browser.newContext();
  const member = await signedInMember(memberContext, `Daan Deactief${suffix()}`);
  const memberPage = await memberContext.newPage();
  await memberPage.goto("/mijn-gegevens");
  await expect(memberPage.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();

  await page.goto(`/beheer/mensen/${member.userId}`);
  await page.getByRole("button", { name: "Account deactiveren" }).click();
  await expect(page.getByRole("button", { name: "Account weer activeren" })).toBeVisible();
  await expect(page.getByText(/Account gedeactiveerd op/)).toBeVisible();
  await expectNoViolations(page);

  await memberPage.reload();
  await expect(memberPage).toHaveURL(/\/inloggen/);
  await memberPage.getByLabel("E-mailadres").fill(member.email);
  await memberPage.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  const note = await waitForMail(member.email, "Inloggen bij het Wmo transformatienetwerk");
  expect(note.text).not.toContain("/inloggen/link");
  await memberContext.close();

  await page.getByRole("button", { name: "Account weer activeren" }).click();
  await expect(page.getByRole("button", { name: "Account deactiveren" })).toBeVisible();
  expect(await auditActions(member.userId)).toEqual(["user.deactivate", "user.reactivate"]);
});

test("the secretary cannot deactivate their own account or drop their own role", async ({ page, context }) => {
  const me = await signedInSecretary(context);
  await page.goto(`/beheer/mensen/${me.userId}`);
  await expect(page.getByText("Dit is je eigen account: dat kun je niet deactiveren.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Account deactiveren" })).toHaveCount(0);
  await page.getByLabel("Rol", { exact: true }).selectOption("MEMBER");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByLabel("Rol", { exact: true })).toHaveAccessibleDescription(/eigen rol van secretaris/);
  await expectNoViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the person form and the deactivate button work", async ({ page, context }) => {
    await signedInSecretary(context);
    const person = await addPerson(`Zonder JS ${suffix()}`);
    await page.goto(`/beheer/mensen/${person.id}`);
    await page.getByLabel("Telefoonnummer").fill("12");
    await page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect(page.getByLabel("Telefoonnummer")).toHaveAccessibleDescription(/Vul een geldig telefoonnummer in/);
    await page.getByLabel("Telefoonnummer").fill("06-12 34 56 78");
    await page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect(page.getByText("De gegevens zijn opgeslagen.")).toBeVisible();
    await page.getByRole("button", { name: "Account deactiveren" }).click();
    await expect(page.getByRole("button", { name: "Account weer activeren" })).toBeVisible();
  });
});
