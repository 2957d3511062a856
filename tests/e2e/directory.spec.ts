import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { buildTheme } from "../support/builders/theme";
import { expectNoViolations } from "./support/axe";
import { writeFixtures } from "./support/fixtures";
import { signedInMember, signedInSecretary } from "./support/session";

const tag = () => randomBytes(3).toString("hex");

test("a member opts in on /mijn-gegevens and a colleague finds them on /leden, filtered by theme", async ({ page, context, browser }) => {
  const theme = await writeFixtures((db) => buildTheme(db, { name: `Wijkteams ${tag()}` }));
  const name = `Mila Molenaar ${tag()}`;
  const { email } = await signedInMember(context, name);
  await page.goto("/mijn-gegevens");
  await expect(page.getByRole("heading", { name: "Vindbaar voor collega's" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Zet mij in de ledenlijst/ })).not.toBeChecked();
  await page.getByRole("checkbox", { name: /Zet mij in de ledenlijst/ }).check();
  await page.getByRole("checkbox", { name: /Toon mijn e-mailadres/ }).check();
  await page.getByRole("checkbox", { name: theme.name }).check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByText("Je staat in de ledenlijst, met wat je hebt gekozen.")).toBeVisible();
  await expectNoViolations(page);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: theme.name })).toBeChecked();

  const colleague = await browser.newContext({ baseURL });
  try {
    await signedInMember(colleague, `Kees Kooij ${tag()}`);
    const other = await colleague.newPage();
    await other.goto("/leden");
    await expect(other.getByRole("heading", { level: 1, name: "Ledenlijst" })).toBeVisible();
    await other.getByLabel("Thema").selectOption({ label: theme.name });
    await other.getByRole("button", { name: "Filter" }).click();
    await expect(other).toHaveURL(new RegExp(`thema=${theme.slug}`));
    await expect(other.getByRole("heading", { level: 2, name: "1 collega gevonden" })).toBeVisible();
    const entry = other.getByRole("listitem").filter({ has: other.getByRole("heading", { name }) });
    await expect(entry.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
    await expect(entry).toContainText("Beleidsadviseur, Gemeente Tilburg");
    await expect(entry.getByRole("link", { name: theme.name })).toBeVisible();
    await expect(entry).not.toContainText("06-12 34 56 78"); // the phone was not chosen
    await expectNoViolations(other);

    // Leaving takes the entry off the list at once.
    await page.getByRole("checkbox", { name: /Zet mij in de ledenlijst/ }).uncheck();
    await page.getByRole("button", { name: "Keuze opslaan" }).click();
    await expect(page.getByText("Je staat niet (meer) in de ledenlijst.")).toBeVisible();
    await other.reload();
    await expect(other.getByText("Niemand in de lijst past bij dit filter.")).toBeVisible();
  } finally {
    await colleague.close();
  }
});

test("an anonymous visitor of /leden lands on the sign-in page, which brings them back", async ({ page }) => {
  await page.goto("/leden");
  await expect(page).toHaveURL(`${baseURL}/inloggen?terug=%2Fleden`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("someone signed in but not admitted, or not taking part this year, gets an explanation instead of the list", async ({ page, context, browser }) => {
  await signedInMember(context, "Nina Nieuw", "MEMBER", { admitted: false });
  await page.goto("/leden");
  await expect(page.getByText("De ledenlijst is er alleen voor deelnemers die dit jaar meedoen.")).toContainText("Je aanmelding wacht op goedkeuring");
  await expect(page.getByRole("button", { name: "Filter" })).toHaveCount(0);
  await expectNoViolations(page);

  const municipality = await writeFixtures((db) => buildMunicipality(db, { name: `Stopdorp ${tag()}` }));
  const notCovered = await browser.newContext({ baseURL });
  try {
    await signedInMember(notCovered, "Otto Oud", "MEMBER", { municipality: municipality.name, membershipThisYear: false });
    const other = await notCovered.newPage();
    await other.goto("/leden");
    await expect(other.getByText(`Gemeente ${municipality.name} doet in`)).toBeVisible();
    await expect(other.getByRole("button", { name: "Filter" })).toHaveCount(0);
  } finally {
    await notCovered.close();
  }
});

test("the secretary ticks a municipality and /deelnemen names it among this year's participants", async ({ page, context, browser }) => {
  const municipality = await writeFixtures(async (db) => {
    const created = await buildMunicipality(db, { name: `Aanvinkstad ${tag()}` });
    await buildMembership(db, { municipalityId: created.id });
    return created;
  });
  const visitor = await browser.newContext({ baseURL });
  try {
    const publicPage = await visitor.newPage();
    await publicPage.goto("/deelnemen");
    await expect(publicPage.getByText(/^Dit jaar doen \d+ gemeenten mee, onder meer:$|^Dit jaar doen \d+ gemeenten mee\.$/)).toBeVisible();
    await expect(publicPage.getByRole("listitem").filter({ hasText: municipality.name })).toHaveCount(0);

    await signedInSecretary(context);
    await page.goto(`/beheer/gemeenten/${municipality.id}`);
    await page.getByRole("checkbox", { name: /Mag op de website genoemd worden als deelnemer/ }).check();
    await page.getByRole("button", { name: "Gemeente opslaan" }).click();
    await expect(page.getByText("De gegevens van de gemeente zijn opgeslagen.")).toBeVisible();

    // The kept copy the visitor saw is renewed by the secretary's change.
    await publicPage.reload();
    await expect(publicPage.getByText(/^Dit jaar doen \d+ gemeenten mee, onder meer:$/)).toBeVisible();
    await expect(publicPage.getByRole("listitem").filter({ hasText: municipality.name })).toBeVisible();
    await expectNoViolations(publicPage);
  } finally {
    await visitor.close();
  }
});
