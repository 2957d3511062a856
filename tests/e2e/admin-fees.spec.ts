import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { writeFixtures } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";
import { signedInMember, signedInSecretary } from "./support/session";

const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(new Date()));

/** A municipality taking part this year, with invoicing details and no fee record yet. */
async function municipalityTakingPart() {
  const name = `Factuurstad ${randomBytes(3).toString("hex")}`;
  const email = uniqueEmail("facturen");
  const { id } = await writeFixtures(async (db) => {
    const municipality = await buildMunicipality(db, {
      name,
      invoiceContactName: "Fien Factuur",
      invoiceContactEmail: email,
      invoiceStreet: "Postbus 12",
      invoicePostcode: "9999 ZZ",
      invoiceCity: "Factuurstad",
      oin: "00000001001234567000",
      purchaseOrderNumber: "4500098765",
    });
    await buildMembership(db, { municipalityId: municipality.id, year });
    return municipality;
  });
  return { id, name, email };
}

test("the secretary creates the year's fee records, sends an invoice with PDF and e-invoice, and books the payment", async ({ page, context }) => {
  await signedInSecretary(context);
  const municipality = await municipalityTakingPart();

  await page.goto(`/beheer/bijdragen?jaar=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `Bijdragen ${year}` })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: `Bijdragen ${year} aanmaken` }).click();
  await expect(page.getByText(new RegExp(`\\d+ bijdragen voor ${year} aangemaakt`))).toBeVisible();

  await page.getByLabel("Zoek op gemeente").fill(municipality.name);
  await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page.getByRole("table")).toContainText("nog te factureren");
  await page.getByRole("link", { name: municipality.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bijdrage ${year}: gemeente ${municipality.name}` })).toBeVisible();
  await expectNoViolations(page);

  // A waiver without a reason is refused next to the field, and the page stays accessible with the error.
  await page.getByRole("button", { name: "Bijdrage kwijtschelden" }).click();
  await expect(page.getByText("Vul in waarom de bijdrage wordt kwijtgescholden.").first()).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("Ook de e-factuur (UBL) meesturen").check();
  await page.getByRole("button", { name: "Factuur versturen" }).click();
  const sent = page.getByRole("status").filter({ hasText: new RegExp(`Factuur ${year}-\\d{4} is verstuurd naar ${municipality.email}`) });
  await expect(sent).toBeVisible();
  const number = (await sent.textContent())!.match(/\d{4}-\d{4}/)![0];

  const mail = await waitForMail(municipality.email, `Factuur ${number}`);
  expect(mail.attachments.map((file) => [file.filename, file.contentType])).toEqual([
    [`factuur-wmo-transformatienetwerk-${number}.pdf`, "application/pdf"],
    [`factuur-wmo-transformatienetwerk-${number}.xml`, "application/xml"],
  ]);
  expect(mail.attachments[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");
  expect(mail.attachments[1]!.content.toString("utf8")).toContain("4500098765");

  await page.reload();
  await expect(page.getByText(`Factuur ${number} van`)).toBeVisible();
  const pdf = await page.request.get((await page.getByRole("link", { name: `Pdf van factuur ${number}` }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  await page.getByRole("button", { name: "Betaling boeken" }).click();
  await expect(page.getByText(`De betaling van factuur ${number} is geboekt.`)).toBeVisible();
  await page.reload();
  await expect(page.getByText("Deze bijdrage is afgehandeld")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^betaald op/ })).toBeVisible();

  await page.goto(`/beheer/bijdragen?jaar=${year}&status=PAID&q=${encodeURIComponent(municipality.name)}`);
  await expect(page.getByRole("table")).toContainText(number);
  const csv = await page.request.get((await page.getByRole("link", { name: /Download als CSV-bestand/ }).getAttribute("href"))!);
  const text = await csv.text();
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(text).toContain(`${municipality.name};${year};500,00;betaald;${number}`);
});

test("fee files are for the secretary only", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const export_ = await anonymous.request.get(`/beheer/bijdragen/export?jaar=${year}`, { maxRedirects: 0 });
  expect(export_.status()).toBe(307);
  expect(export_.headers().location).toContain("/inloggen?terug=");

  const member = await browser.newContext();
  await signedInMember(member);
  expect((await member.request.get(`/beheer/bijdragen/export?jaar=${year}`)).status()).toBe(403);
  expect((await member.request.get("/beheer/bijdragen/facturen/onbekend/pdf")).status()).toBe(403);
  await anonymous.close();
  await member.close();
});
