import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";
import { newMunicipality, uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

/** A CSV file as Dutch Excel saves it: semicolons, CRLF; two good rows and one with a bad address. */
function membersCsv(municipality: string) {
  const suffix = randomBytes(3).toString("hex");
  const people = [
    { name: `Ilse Import ${suffix}`, email: uniqueEmail("import") },
    { name: `Jan Import ${suffix}`, email: uniqueEmail("import") },
  ];
  const rows = [
    ["Naam", "E-mailadres", "Telefoon", "Functie", "Gemeente"],
    [people[0]!.name, people[0]!.email, "06-12 34 56 78", "Beleidsadviseur", municipality],
    [people[1]!.name, people[1]!.email, "", "Strateeg", municipality],
    [`Kees Kapot ${suffix}`, "kees-zonder-domein@", "", "", municipality],
  ];
  // A name of its own: the audit log names the file, and other tests import files too.
  const name = `leden-${suffix}.csv`;
  return { people, file: { name, mimeType: "text/csv", buffer: Buffer.from(rows.map((row) => row.join(";")).join("\r\n")) } };
}

/** Uploads, checks the preview, confirms and finds the people; `axe` where the page runs scripts (axe-core needs them). */
async function uploadAndConfirm(page: Page, municipality: string, { axe = true } = {}) {
  const { people, file } = membersCsv(municipality);
  await page.goto("/beheer/importeren");
  await expect(page.getByRole("heading", { level: 1, name: "Importeren" })).toBeVisible();
  await page.getByLabel("Bestand", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Bekijk wat er gebeurt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Importeren: voorbeeld" })).toBeVisible();
  const problems = page.getByRole("table", { name: /Problemen per rij/ });
  await expect(problems.getByRole("row", { name: /4 B \(E-mailadres\) Geen geldig e-mailadres: “kees-zonder-domein@”/ })).toBeVisible();
  const rows = page.getByRole("table", { name: "Wat er met elke rij van het bestand gebeurt" });
  await expect(rows.getByRole("row", { name: new RegExp(`^2 Persoon ${people[0]!.name} Nieuw`) })).toBeVisible();
  await expect(rows.getByRole("row", { name: /^4 Persoon Kees Kapot .* Overgeslagen/ })).toBeVisible();
  if (axe) await expectNoViolations(page);
  // Nothing is saved before the confirmation.
  expect(await query(`SELECT id FROM "User" WHERE email = $1`, [people[0]!.email])).toEqual([]);

  await page.getByRole("button", { name: "Importeren", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: `“${file.name}” is geïmporteerd` })).toBeVisible();
  await expect(page.getByText("Mensen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen")).toBeVisible();
  await expect(page.getByText("Niemand heeft een e-mail gekregen.")).toBeVisible();
  if (axe) await expectNoViolations(page);

  await page.getByRole("link", { name: "Naar Mensen" }).click();
  await page.getByLabel("Zoek op naam, e-mailadres of gemeente").fill(people[0]!.name);
  await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page.getByRole("link", { name: people[0]!.name })).toBeVisible();

  const stored = await query<{ admitted: boolean; municipality: string; mails: string }>(
    `SELECT u."admittedAt" IS NOT NULL AS admitted, m.name AS municipality, (SELECT count(*) FROM "OutboxMail" o WHERE o."to" = u.email) AS mails
     FROM "User" u JOIN "Municipality" m ON m.id = u."municipalityId" WHERE u.email = ANY($1) ORDER BY u.name`,
    [people.map((person) => person.email)],
  );
  expect(stored).toEqual(people.map(() => ({ admitted: true, municipality, mails: "0" })));
  return { people, fileName: file.name };
}

test("the secretary uploads a CSV file, sees the problem row in the preview, confirms and finds the people", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/importeren");
  await expectNoViolations(page);
  const { people, fileName } = await uploadAndConfirm(page, await newMunicipality("Importgemeente"));
  const log = await query<{ action: string }>(`SELECT action FROM "AuditEntry" WHERE "entityLabel" = ANY($1) OR "entityLabel" = $2`, [
    people.map((person) => person.name),
    fileName,
  ]);
  expect(log.map((entry) => entry.action).sort()).toEqual(["import.run", "user.create", "user.create"].sort());
});

test("a missing file and a file that is not a spreadsheet are errors at the field, with the summary focused", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/importeren");
  await page.getByRole("button", { name: "Bekijk wat er gebeurt" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByLabel("Bestand", { exact: true })).toHaveAccessibleDescription(/Kies een Excel-werkmap \(\.xlsx\) of een CSV-bestand/);
  await expectNoViolations(page);

  await page.getByLabel("Bestand", { exact: true }).setInputFiles({ name: "leden.csv", mimeType: "text/csv", buffer: Buffer.from([0x4e, 0x00, 0x61, 0x00]) });
  await page.getByRole("button", { name: "Bekijk wat er gebeurt" }).click();
  await expect(page.getByLabel("Bestand", { exact: true })).toHaveAccessibleDescription(/NUL-tekens/);
  await expectNoViolations(page);
});

test("the secretary links a column with an unknown name, and the preview follows", async ({ page, context }) => {
  await signedInSecretary(context);
  const municipality = await newMunicipality("Koppelgemeente");
  const email = uniqueEmail("koppel");
  await page.goto("/beheer/importeren");
  await page
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name: "anders.csv", mimeType: "text/csv", buffer: Buffer.from(`Wie;Post;Werkplek\r\nLotte Koppel;${email};${municipality}\r\n`) });
  await page.getByRole("button", { name: "Bekijk wat er gebeurt" }).click();
  await expect(page.getByText(/Werkblad “anders.csv” wordt overgeslagen/)).toBeVisible();
  await page.getByLabel("Kolom A: “Wie”").selectOption("person.name");
  await page.getByLabel("Kolom B: “Post”").selectOption("person.email");
  await page.getByLabel("Kolom C: “Werkplek”").selectOption("person.municipality");
  await page.getByRole("button", { name: "Voorbeeld bijwerken" }).click();
  await expect(
    page.getByRole("table", { name: "Wat er met elke rij van het bestand gebeurt" }).getByRole("row", { name: /^2 Persoon Lotte Koppel Nieuw/ }),
  ).toBeVisible();
  await expectNoViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("upload, preview with a problem row, confirm and find the people", async ({ page, context }) => {
    await signedInSecretary(context);
    await page.goto("/beheer/importeren");
    await page.getByRole("button", { name: "Bekijk wat er gebeurt" }).click();
    await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeVisible();
    await expect(page.getByLabel("Bestand", { exact: true })).toHaveAccessibleDescription(/Kies een Excel-werkmap/);
    await uploadAndConfirm(page, await newMunicipality("Zonder JavaScript"), { axe: false });
  });
});
