import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";
import { expectLandedOn, waitForMail } from "./support/mail";
import { signedInMember, signedInSecretary } from "./support/session";

const suffix = randomBytes(4).toString("hex");
const subject = `Bericht uit de test ${suffix}`;

test.afterAll(async () => {
  await query(`DELETE FROM "Mailing" WHERE subject = $1`, [subject]);
});

test("the secretary writes a mailing, previews and sends it; the recipient unsubscribes by one click, subscribes again and leaves by the footer link", async ({
  page,
  context,
  browser,
  request,
}) => {
  const { email: secretaryEmail } = await signedInSecretary(context);
  const recipientContext = await browser.newContext();
  const { email: recipient, userId: recipientId } = await signedInMember(recipientContext, "Rosa Ontvanger");
  const mailingsOff = async () =>
    (await query<{ mailingsOffAt: Date | null }>(`SELECT "mailingsOffAt" FROM "User" WHERE id = $1`, [recipientId]))[0]!.mailingsOffAt !== null;
  await page.goto("/beheer/berichten");
  await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Nieuw bericht" }).click();
  await expectLandedOn(page, "/beheer/berichten/nieuw");

  // Nothing chosen: the message says so at the field, and nothing is saved.
  await page.getByLabel("Onderwerp").fill(subject);
  await page.getByLabel("Tekst", { exact: true }).fill("De volgende bijeenkomst is op **12 maart**.");
  await page.getByRole("checkbox", { name: "Iedereen die dit jaar meedoet" }).uncheck();
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("link", { name: /^Iedereen die dit jaar meedoet: Kies wie het bericht krijgt/ })).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("Extra e-mailadressen").fill(recipient);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/beheer\/berichten\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Concept: ${subject}` })).toBeVisible();
  await expect(page.getByLabel("Voorbeeld van het bericht, platte tekst")).toContainText("12 maart");
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Stuur een test naar mij" }).click();
  await expect(page.getByText(`Het testbericht gaat naar ${secretaryEmail}.`)).toBeVisible();
  await waitForMail(secretaryEmail, `[Test] ${subject}`);

  await page.getByRole("button", { name: "Versturen aan 1 persoon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Verstuurd: ${subject}` })).toBeVisible();
  await expect(page.getByText("Het bericht staat klaar voor 1 persoon en wordt nu verstuurd.")).toBeVisible();

  const mail = await waitForMail(recipient, subject);
  expect(mail.html).toContain("<strong>12 maart</strong>");
  const unsubscribe = mail.headerLines.find((line) => line.key === "list-unsubscribe")!.line.match(/<([^>]+)>/)![1]!;
  expect(new URL(unsubscribe).origin, "the unsubscribe address points at the site").toBe(new URL(baseURL).origin);
  expect(mail.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

  // What a mail program does for "unsubscribe" (RFC 8058): a POST without cookies.
  const response = await request.post(unsubscribe, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await mailingsOff()).toBe(true);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(recipient) })).toContainText("verzonden");
  await expectNoViolations(page);

  // On /mijn-gegevens the recipient sees the choice and takes mailings again.
  const recipientPage = await recipientContext.newPage();
  await recipientPage.goto("/mijn-gegevens");
  const choice = recipientPage.getByRole("checkbox", { name: "Ik krijg berichten van het netwerk" });
  await expect(choice).not.toBeChecked();
  await choice.check();
  await recipientPage.getByRole("button", { name: "Keuze voor berichten opslaan" }).click();
  await expect(recipientPage.getByText("Je krijgt weer berichten van het netwerk.")).toBeVisible();
  expect(await mailingsOff()).toBe(false);
  await expectNoViolations(recipientPage);

  // The footer link asks first (a mail scanner opening it changes nothing), also without JavaScript.
  const footer = mail.html ? /href="([^"]+\/berichten\/afmelden\/[^"]+)"/.exec(mail.html)![1]! : "";
  expect(new URL(footer).origin, "the footer link points at the site").toBe(new URL(baseURL).origin);
  const scanner = await browser.newContext({ javaScriptEnabled: false });
  const scannerPage = await scanner.newPage();
  await scannerPage.goto(footer);
  await expect(scannerPage.getByRole("heading", { level: 1, name: "Afmelden voor berichten" })).toBeVisible();
  expect(await mailingsOff()).toBe(false);
  await scannerPage.getByRole("button", { name: "Geen berichten meer" }).click();
  await expectLandedOn(scannerPage, "/berichten/afgemeld");
  await expect(scannerPage.getByRole("heading", { level: 1, name: "Je bent afgemeld voor berichten" })).toBeVisible();
  expect(await mailingsOff()).toBe(true);
  await scanner.close();
  await recipientContext.close();
});
