import { expect, test } from "@playwright/test";
import { smtpApiPort } from "../support/e2e-env";
import { buildPerson } from "../support/builders/person";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";

const sink = (action: "hang" | "resume") => fetch(`http://127.0.0.1:${smtpApiPort}/${action}`, { method: "POST" });

// The mail server is shared by every test: hang it as briefly as possible, one test at a time.
// "Answers while the mail server hangs" is checked by order, not by a stopwatch: the page is done (within the
// default 5-second expect) while the hung server has still not taken the message, which a request that waited
// for SMTP could not do before the transport's 10-second greeting timeout (lib/mail/transport.ts).
test.describe.configure({ mode: "serial" });
test.afterEach(async () => {
  await sink("resume");
});

test("signing in answers while the mail server hangs, and the link arrives once it answers", async ({ page }) => {
  const email = uniqueEmail("traag");
  await writeFixtures((db) => buildPerson(db, { name: "Traag Lid", email, emailVerified: new Date() }));
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await sink("hang");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(`Als er een account is met ${email}`)).toBeVisible();
  expect(await query(`SELECT 1 FROM "OutboxMail" WHERE "to" = $1 AND status = 'SENT'`, [email])).toEqual([]);

  // Queued, not lost, while the server hangs.
  await expect.poll(async () => (await query(`SELECT status FROM "OutboxMail" WHERE "to" = $1`, [email])).length).toBe(1);
  await sink("resume");
  expect(linkIn(await waitForMail(email, "Je inloglink"))).toContain("/inloggen/link?");
});

test("signing up answers while the mail server hangs, and the confirmation arrives once it answers", async ({ page }) => {
  const email = uniqueEmail("traag-aanmelden");
  await page.goto("/aanmelden");
  await page.getByLabel("Naam", { exact: true }).fill("Tessa Traag");
  await page.getByLabel("E-mailadres op het werk").fill(email);
  await page.getByLabel("Functie").fill("Beleidsadviseur");
  await page.getByRole("radio", { name: "Gemeente", exact: true }).check();
  await page.getByLabel("Je gemeente", { exact: true }).selectOption({ label: "Tilburg" });
  await page.getByRole("radio", { name: /Ik doe dit jaar mee/ }).check();
  await sink("hang");
  await page.getByRole("button", { name: "Meld je aan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor je aanmelding" })).toBeVisible();
  expect(await query(`SELECT 1 FROM "OutboxMail" WHERE "to" = $1 AND status = 'SENT'`, [email])).toEqual([]);
  expect(await query(`SELECT id FROM "OutboxMail" WHERE "to" = $1`, [email])).toHaveLength(1);
  await sink("resume");
  const confirmation = await waitForMail(email, "Bevestig je aanmelding");
  expect(linkIn(confirmation)).toContain("/inloggen/link?");
  // The stored row never held the link.
  const [row] = await query<{ text: string | null; templateData: unknown }>(`SELECT text, "templateData" FROM "OutboxMail" WHERE "to" = $1`, [email]);
  expect(JSON.stringify(row)).not.toContain("token");
});
