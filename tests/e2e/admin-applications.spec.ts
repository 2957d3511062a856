import { expect, type Page, test } from "@playwright/test";
import { adminAreaSecretaryEmail } from "../support/e2e-env";
import { expectNoViolations } from "./support/axe";
import { auditEntriesFor, query } from "./support/db";
import { followSignInLink, linkIn, waitForMail } from "./support/mail";
import { signUp, uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

/** The applicant confirms the address through the e-mailed link, in a browser of their own. */
async function confirmAddress(page: Page, email: string) {
  await followSignInLink(page, linkIn(await waitForMail(email, "Bevestig je aanmelding")), "/aanmelden/bevestigd");
  await expect(page.getByRole("heading", { level: 1, name: "Je e-mailadres is bevestigd" })).toBeVisible();
}

async function applicationIdOf(email: string) {
  const [row] = await query<{ id: string }>(`SELECT a.id FROM "Application" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`, [email]);
  return row.id;
}

test("the secretary signs in by e-mailed link and approves a sign-up; the applicant is mailed and the log shows it", async ({ page, browser }) => {
  // A long flow (sign-up, confirmation, sign-in, three axe checks, approval): it came to 30 s under CI load.
  test.setTimeout(90_000);
  const email = uniqueEmail("goedkeuren");
  await signUp(page, { name: "Bram Bakker", email, municipality: "Breda" });
  await confirmAddress(page, email);

  const secretaryContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  await secretary.goto("/inloggen");
  await secretary.getByLabel("E-mailadres").fill(adminAreaSecretaryEmail);
  await secretary.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await followSignInLink(secretary, linkIn(await waitForMail(adminAreaSecretaryEmail, "Je inloglink")), "/mijn-gegevens");
  await secretary.getByRole("link", { name: "Beheer", exact: true }).click();
  await expect(secretary.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expectNoViolations(secretary);

  await secretary.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Aanmeldingen" }).click();
  await expectNoViolations(secretary);
  await secretary.getByRole("link", { name: "Bram Bakker" }).click();
  await expect(secretary.getByRole("heading", { level: 1, name: "Aanmelding van Bram Bakker" })).toBeVisible();
  await expect(secretary.getByText(`${email} (aanmelding bevestigd via de link in de e-mail)`)).toBeVisible();
  await expectNoViolations(secretary);
  await secretary.getByLabel("Bericht aan de aanvrager").fill("Tot in februari!");
  await secretary.getByRole("button", { name: "Aanmelding goedkeuren" }).click();
  await expect(secretary.getByRole("status")).toHaveText("De aanmelding is goedgekeurd en de aanvrager krijgt een e-mail.");

  const approval = await waitForMail(email, "Je aanmelding is goedgekeurd");
  expect(approval.text).toContain("Tot in februari!");
  const [fee] = await query<{ amountCents: number }>(
    `SELECT f."amountCents" FROM "FeeRecord" f JOIN "Municipality" m ON m.id = f."municipalityId" WHERE m.name = 'Breda'`,
  );
  expect(fee.amountCents).toBe(50000);

  const applicationId = await applicationIdOf(email);
  expect(await auditEntriesFor(applicationId)).toEqual([expect.objectContaining({ action: "application.approve", actorLabel: adminAreaSecretaryEmail })]);
  await secretary.goto("/beheer/logboek");
  await expect(secretary.getByText("aanmelding goedgekeurd").first()).toBeVisible();
  await expectNoViolations(secretary);
  await secretaryContext.close();
});

test("a typed-in municipality must be matched or created explicitly, with an accessible error until it is", async ({ page, browser }) => {
  const email = uniqueEmail("nieuwe-gemeente");
  const town = `Nieuwdorp ${email.slice(16, 24)}`;
  await page.goto("/aanmelden");
  await page.getByLabel("Naam", { exact: true }).fill("Cor Claassen");
  await page.getByLabel("E-mailadres op het werk").fill(email);
  await page.getByLabel("Functie").fill("Beleidsadviseur Wmo");
  await page.getByRole("radio", { name: "Gemeente", exact: true }).check();
  await page.getByLabel("Je gemeente", { exact: true }).selectOption({ label: "Mijn gemeente staat er niet bij" });
  await page.getByLabel("Naam van je gemeente").fill(town);
  await page.getByRole("radio", { name: /Ik doe dit jaar mee/ }).check();
  await page.getByRole("button", { name: "Meld je aan" }).click();
  await confirmAddress(page, email);

  const secretaryContext = await browser.newContext();
  await signedInSecretary(secretaryContext);
  const secretary = await secretaryContext.newPage();
  const applicationId = await applicationIdOf(email);
  await secretary.goto(`/beheer/aanmeldingen/${applicationId}`);
  await secretary.getByRole("button", { name: "Aanmelding goedkeuren" }).click();
  await expect(secretary.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(secretary.getByRole("link", { name: /Gemeente: Kies of je een nieuwe gemeente aanmaakt/ })).toBeVisible();
  expect(await query(`SELECT 1 FROM "Municipality" WHERE name = $1`, [town])).toEqual([]);
  await expectNoViolations(secretary);

  await secretary.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Nieuwe gemeente aanmaken" });
  await secretary.getByRole("button", { name: "Aanmelding goedkeuren" }).click();
  await expect(secretary.getByRole("status")).toContainText("goedgekeurd");
  expect(await query(`SELECT 1 FROM "Municipality" WHERE name = $1`, [town])).toHaveLength(1);
  await secretaryContext.close();
});

test("without JavaScript the secretary rejects a sign-up with a message, and the applicant is told", async ({ page, browser }) => {
  const email = uniqueEmail("afwijzen");
  await signUp(page, { name: "Dirk Dekker", email, municipality: "Assen" });
  const secretaryContext = await browser.newContext({ javaScriptEnabled: false });
  await signedInSecretary(secretaryContext);
  const secretary = await secretaryContext.newPage();
  await secretary.goto(`/beheer/aanmeldingen/${await applicationIdOf(email)}`);
  await expect(secretary.getByText("De aanvrager heeft deze aanmelding nog niet bevestigd met de link in de e-mail.")).toBeVisible();
  await secretary.getByLabel("Bericht aan de aanvrager").fill("Dit netwerk is voor ambtenaren van gemeenten.");
  await secretary.getByRole("button", { name: "Aanmelding afwijzen" }).click();
  await expect(secretary.getByRole("status")).toHaveText("De aanmelding is afgewezen en de aanvrager krijgt een e-mail.");
  const rejection = await waitForMail(email, "Over je aanmelding");
  expect(rejection.text).toContain("Dit netwerk is voor ambtenaren van gemeenten.");
  await secretaryContext.close();
});
