import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { auditActions, query } from "./support/db";
import { expectLandedOn, linkIn, waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

const CONFIRM_PATH = "/versnellingstraject/bevestigen";

/** Fills in and sends the request form on /versnellingstraject, answering every condition. */
async function requestTrajectory(page: Page, { municipality, email }: { municipality: string; email: string }) {
  await page.goto("/versnellingstraject");
  await page.getByLabel("Gemeente", { exact: true }).fill(municipality);
  await page.getByLabel("Je naam", { exact: true }).fill("Vera Versteeg");
  await page.getByLabel("Je functie", { exact: true }).fill("Programmamanager sociaal domein");
  await page.getByLabel("E-mailadres op het werk").fill(email);
  await page.getByLabel("Vraag of transformatieopgave").fill("We willen de transformatie naar een inclusieve wijkaanpak versnellen, samen met inwoners.");
  await page.getByLabel("Opdrachtgever binnen de gemeente").fill("Petra Jansen, directeur sociaal domein");
  for (let number = 1; number <= 6; number += 1) {
    await page
      .getByRole("group", { name: new RegExp(`^Voorwaarde ${number}:`) })
      .getByRole("radio", { name: number === 5 ? "Nee" : "Ja" })
      .check();
    await page.getByLabel(`Toelichting bij voorwaarde ${number}`).fill(`Toelichting ${number}.`);
  }
  await page.getByRole("button", { name: "Vraag het versnellingstraject aan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor je aanvraag" })).toBeVisible();
}

/** Opens the mailed confirmation link and presses its button, as the requester would. */
async function confirmByMail(page: Page, email: string) {
  const link = linkIn(await waitForMail(email, "Bevestig je aanvraag"), CONFIRM_PATH);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Bevestig je aanvraag" })).toBeVisible();
  await page.getByRole("button", { name: "Bevestig mijn aanvraag" }).click();
  await expectLandedOn(page, "/versnellingstraject/bevestigd");
  await expect(page.getByRole("heading", { level: 1, name: "Je aanvraag is bevestigd" })).toBeVisible();
  return link;
}

const requestOf = async (email: string) =>
  (
    await query<{ id: string; confirmedAt: Date | null; status: string }>(`SELECT id, "confirmedAt", status FROM "AccelerationRequest" WHERE email = $1`, [
      email,
    ])
  )[0];

test("a municipality requests the trajectory, confirms by the mailed link, and is mailed when the secretary plans the intake and accepts", async ({
  page,
  browser,
}) => {
  // Three mails, two signed-in roles and four axe runs: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const email = uniqueEmail("versnelling");
  const municipality = `Versneldorp ${email.slice(12, 20)}`;
  await requestTrajectory(page, { municipality, email });

  const link = linkIn(await waitForMail(email, "Bevestig je aanvraag"), CONFIRM_PATH);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Bevestig je aanvraag" })).toBeVisible();
  await expectNoViolations(page);
  // Opening the link (as a mail scanner does) confirms nothing; the button does.
  expect((await requestOf(email))?.confirmedAt).toBeNull();
  await confirmByMail(page, email);
  expect((await requestOf(email))?.confirmedAt).not.toBeNull();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();

  const secretaryContext = await browser.newContext();
  await signedInSecretary(secretaryContext);
  const secretary = await secretaryContext.newPage();
  await secretary.goto("/beheer");
  await secretary.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Versnellingstraject" }).click();
  await expect(secretary.getByRole("heading", { level: 1, name: "Versnellingstraject" })).toBeVisible();
  await expectNoViolations(secretary);
  await secretary.getByRole("link", { name: `Gemeente ${municipality}` }).click();
  await expect(secretary.getByRole("heading", { level: 1, name: `Aanvraag van gemeente ${municipality}` })).toBeVisible();
  await expect(secretary.getByText("Petra Jansen, directeur sociaal domein")).toBeVisible();
  await expect(secretary.getByRole("listitem").filter({ hasText: "Opdrachtgever is de hoogste leidinggevende" })).toContainText("Nee: Toelichting 5.");
  await expectNoViolations(secretary);

  await secretary.getByRole("button", { name: "Intakegesprek plannen" }).click();
  await expect(secretary.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(secretary.getByLabel("Bericht aan de aanvrager")).toHaveAccessibleDescription(/Schrijf een bericht aan de aanvrager/);
  await expectNoViolations(secretary);
  await secretary.getByLabel("Bericht aan de aanvrager").fill("Het intakegesprek met Movisie is op dinsdag 3 maart om 10.00 uur.");
  await secretary.getByRole("button", { name: "Intakegesprek plannen" }).click();
  await expect(secretary.getByRole("status")).toHaveText("Het intakegesprek staat als gepland en de aanvrager krijgt een e-mail met je bericht.");
  expect((await waitForMail(email, "Intakegesprek voor het versnellingstraject")).text).toContain("dinsdag 3 maart om 10.00 uur");

  await secretary.getByLabel("Bericht aan de aanvrager").fill("Welkom in het traject. Movisie neemt contact met je op.");
  await secretary.getByRole("button", { name: "Aanvraag accepteren" }).click();
  await expect(secretary.getByRole("status")).toHaveText("De aanvraag is geaccepteerd en de aanvrager krijgt een e-mail met je bericht.");
  expect((await waitForMail(email, "Je aanvraag voor het versnellingstraject is geaccepteerd")).text).toContain("Movisie neemt contact met je op.");
  await expect(secretary.getByRole("button", { name: "Aanvraag afwijzen" })).toHaveCount(0);
  await expectNoViolations(secretary);

  const request = await requestOf(email);
  expect(request?.status).toBe("ACCEPTED");
  expect(await auditActions(request!.id)).toEqual(["acceleration-request.intake", "acceleration-request.accept"]);
  await secretaryContext.close();
});

test("the request form has no violations, and after a failed submit a focused error summary, errors at the fields, what was typed, and nothing stored", async ({
  page,
}) => {
  const email = uniqueEmail("versnelling-fout");
  await page.goto("/versnellingstraject");
  await expectNoViolations(page);
  await page.getByLabel("Gemeente", { exact: true }).fill("Foutdorp");
  await page.getByLabel("E-mailadres op het werk").fill(email);
  await page
    .getByRole("group", { name: /^Voorwaarde 1:/ })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page.getByRole("button", { name: "Vraag het versnellingstraject aan" }).click();

  await expect(page.getByRole("heading", { name: /fouten gevonden/ })).toBeFocused();
  await expect(page.getByLabel("Je functie", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Je functie", { exact: true })).toHaveAccessibleDescription(/Vul je functie in\./);
  await expect(page.getByRole("group", { name: /^Voorwaarde 2:/ })).toHaveAccessibleDescription(/Kies bij voorwaarde 2 ja of nee\./);
  await expect(page.getByLabel("Gemeente", { exact: true })).toHaveValue("Foutdorp");
  await expect(page.getByRole("group", { name: /^Voorwaarde 1:/ }).getByRole("radio", { name: "Ja" })).toBeChecked();
  await expectNoViolations(page);

  await page.getByRole("link", { name: /^Voorwaarde 2: / }).click();
  await expect(page.getByRole("group", { name: /^Voorwaarde 2:/ }).getByRole("radio", { name: "Ja" })).toBeFocused();
  expect(await query(`SELECT 1 FROM "AccelerationRequest" WHERE email = $1`, [email])).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the request form still validates and submits, and the link's button confirms", async ({ page }) => {
    await page.goto("/versnellingstraject");
    await page.getByRole("button", { name: "Vraag het versnellingstraject aan" }).click();
    await expect(page.getByText("Vul de naam van je gemeente in.").first()).toBeVisible();

    const email = uniqueEmail("versnelling-zonder-js");
    await requestTrajectory(page, { municipality: "Zonderjsdorp", email });
    await confirmByMail(page, email);
    expect((await requestOf(email))?.confirmedAt).not.toBeNull();
  });
});
