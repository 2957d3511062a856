import { expect, test } from "@playwright/test";
import { secretaryEmail } from "../support/e2e-env";
import { expectNoViolations } from "./support/axe";
import { expectLandedOn, followSignInLink, linkIn, waitForMail } from "./support/mail";
import { query } from "./support/db";
import { approve, signUp, uniqueEmail } from "./support/members";

const year = new Date().getFullYear();

test("a civil servant signs up for the year, confirms, is approved and signs in by e-mail link", async ({ page, browser }) => {
  const email = uniqueEmail("jaar");
  await signUp(page, { name: "Anna de Vries", email });

  const notification = await waitForMail(secretaryEmail, "Nieuwe aanmelding: Anna de Vries");
  expect(notification.text).toContain(email);

  const confirmation = await waitForMail(email, "Bevestig je aanmelding");
  expect(confirmation.from?.text).toContain("noreply@e2e.example");
  expect(confirmation.html).toContain("Bevestig mijn e-mailadres");
  await followSignInLink(page, linkIn(confirmation), "/aanmelden/bevestigd");
  await expect(page.getByRole("heading", { level: 1, name: "Je e-mailadres is bevestigd" })).toBeVisible();
  await expectNoViolations(page);

  await approve(email);
  await waitForMail(email, "Je aanmelding is goedgekeurd");

  // A fresh browser: sign in by e-mail link.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/inloggen");
  await visitor.getByLabel("E-mailadres").fill(email);
  await visitor.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(visitor.getByText(`Als er een account is met ${email}`)).toBeVisible();
  const link = linkIn(await waitForMail(email, "Je inloglink"));
  // Opening the link spends nothing (mail scanners open links too); the button signs in.
  await visitor.goto(link);
  await expect(visitor.getByText(`Je logt in als ${email}.`)).toBeVisible();
  await visitor.goto(link);
  await visitor.getByRole("button", { name: "Log in" }).click();
  await expectLandedOn(visitor, "/mijn-gegevens");
  await expect(visitor.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(visitor.getByText(`Dit jaar (${year}) doe je mee via de gemeente Tilburg`)).toBeVisible();
  await expect(visitor.getByText("Bijdrage € 500: nog te factureren.")).toBeVisible();
  await expect(visitor.getByLabel("Naam", { exact: true })).toHaveValue("Anna de Vries");

  // The same link a second time: refused, with a clear message.
  const again = await browser.newContext();
  const secondTry = await again.newPage();
  await followSignInLink(secondTry, link, "/inloggen/fout");
  await expect(secondTry.getByRole("heading", { level: 1, name: "Inloggen is niet gelukt" })).toBeVisible();
  await expect(secondTry.getByText("Deze link is al gebruikt of verlopen.")).toBeVisible();
  await context.close();
  await again.close();
});

test("a crafted address straight to the sign-in callback signs nobody in (login CSRF): only our own button does", async ({ page, browser }) => {
  const email = uniqueEmail("csrf");
  await signUp(page, { name: "Aanvaller Account", email });
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  const link = new URL(linkIn(await waitForMail(email, "Je inloglink")));

  // What a page elsewhere would send a visitor to: the callback itself, with the attacker's valid token.
  const victim = await browser.newContext();
  const tab = await victim.newPage();
  await tab.goto(`/api/auth/callback/nodemailer?${link.searchParams}`);
  await expect(tab).toHaveURL(/\/inloggen\/link\?/);
  await expect(tab.getByText(`Je logt in als ${email}.`)).toBeVisible();
  expect((await victim.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);

  // The token was not spent: the person who owns the link signs in with the button.
  await tab.getByRole("button", { name: "Log in" }).click();
  await expectLandedOn(tab, "/mijn-gegevens");
  await expect(tab.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await victim.close();
});

test("a guest signs up for one meeting and sees it after approval", async ({ page }) => {
  const email = uniqueEmail("gast");
  await signUp(page, { name: "Bram Jansen", email, municipality: "Emmen", meeting: "first" });
  await followSignInLink(page, linkIn(await waitForMail(email, "Bevestig je aanmelding")), "/aanmelden/bevestigd");
  await approve(email);
  await page.goto("/mijn-gegevens");
  await expect(page.getByText("Gast", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je komt naar" })).toBeVisible();
  await expect(page.getByText(`Gemeente Emmen doet in ${year} (nog) niet mee.`)).toBeVisible();
});

test("signing in with an unknown address answers the same and mails a sign-up hint", async ({ page }) => {
  const email = uniqueEmail("onbekend");
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(`Als er een account is met ${email}`)).toBeVisible();
  const hint = await waitForMail(email, "Inloggen bij het Wmo transformatienetwerk");
  expect(hint.text).toContain("/aanmelden");
  expect(hint.text).not.toContain("/inloggen/link");
});

test("/mijn-gegevens asks visitors to sign in first", async ({ page }) => {
  await page.goto("/mijn-gegevens");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fmijn-gegevens/);
});

test("an ADMIN_EMAILS address signs in as secretary", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(secretaryEmail);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(`Als er een account is met ${secretaryEmail}`)).toBeVisible();
  await followSignInLink(page, linkIn(await waitForMail(secretaryEmail, "Je inloglink")), "/mijn-gegevens");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(page.getByText("Secretaris", { exact: true })).toBeVisible();
});

test("too many sign-in links for one address get a clear Dutch message, not an error page", async ({ page }) => {
  const email = uniqueEmail("te-vaak");
  for (let request = 0; request < 5; request += 1) {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.getByText(`Als er een account is met ${email}`)).toBeVisible();
  }
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(/Je hebt te vaak een inloglink gevraagd\. Probeer het over (een minuut|\d+ minuten) opnieuw\./)).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
});

test("sign-in requests count against the connecting client; an X-Forwarded-For it sends itself is ignored", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" } });
  const page = await context.newPage();
  const email = uniqueEmail("eigen-teller");
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(`Als er een account is met ${email}`)).toBeVisible();
  const keys = (await query<{ key: string }>(`SELECT DISTINCT key FROM "RateLimitWindow" WHERE key LIKE 'sign-in:%'`)).map((row) => row.key);
  expect(keys).toContain("sign-in:client:127.0.0.1");
  expect(keys.filter((key) => key.includes("203.0.113.9") || key.startsWith("sign-in:site"))).toEqual([]);
  await context.close();
});
