import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { expectLandedOn } from "./support/mail";
import { signedInSecretary } from "./support/session";
import { fillOldNewsItem, publishNewsItem } from "./support/news";

const suffix = randomBytes(4).toString("hex");
const themeName = `Thema uit de test ${suffix}`;
const themeSlug = `thema-uit-de-test-${suffix}`;
const articleTitle = `Bericht over het testthema ${suffix}`;
const documentTitle = `Stukken alleen voor deelnemers ${suffix}`;
let meetingId = "";

// public-pages.spec.ts expects exactly the seeded articles and themes: whatever this spec made goes when it ends.
test.afterAll(async () => {
  await query(`DELETE FROM "Article" WHERE title = $1`, [articleTitle]);
  await query(`DELETE FROM "Theme" WHERE slug = $1`, [themeSlug]);
  if (meetingId) await query(`DELETE FROM "Meeting" WHERE id = $1`, [meetingId]);
});

test("the secretary creates a theme and ties an article to it; the theme's page shows it, and hides members' documents from visitors", async ({
  page,
  context,
  browser,
}) => {
  await signedInSecretary(context);

  await page.goto("/beheer/themas");
  await expect(page.getByRole("heading", { level: 1, name: "Thema's" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wijkgerichte ggz" })).toBeVisible();
  await page.getByRole("link", { name: "Nieuw thema" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw thema" })).toBeVisible();
  await page.getByRole("button", { name: "Thema opslaan" }).click();
  await expect(page.getByRole("link", { name: "Naam: Vul een naam in van minstens 2 tekens." })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill(themeName);
  await page.getByLabel("Korte beschrijving").fill("Een thema dat de test maakte.");
  await page.getByRole("button", { name: "Thema opslaan" }).click();
  await expect(page.getByText("Het thema is aangemaakt.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Thema bewerken: ${themeName}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `/themas/${themeSlug}` })).toBeVisible();
  await expectNoViolations(page);

  await fillOldNewsItem(page, { title: articleTitle, summary: "Over het testthema.", body: "Een alinea." });
  await page.getByRole("checkbox", { name: themeName }).check();
  await publishNewsItem(page);
  await expect(page.getByRole("checkbox", { name: themeName })).toBeChecked();

  // A published meeting on the theme with a document only participants may see.
  await writeFixtures(async (db) => {
    const theme = await db.theme.findUniqueOrThrow({ where: { slug: themeSlug }, select: { id: true } });
    const meeting = await buildMeeting(db, { startsAt: new Date("2001-02-01T12:00:00Z"), endsAt: new Date("2001-02-01T16:00:00Z") });
    meetingId = meeting.id;
    await db.meetingTheme.create({ data: { meetingId: meeting.id, themeId: theme.id } });
    await buildMeetingDocument(db, { meetingId: meeting.id, title: documentTitle });
  });

  await page.goto(`/themas/${themeSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: themeName })).toBeVisible();
  await expect(page.getByRole("link", { name: articleTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: documentTitle })).toBeVisible();

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto("/themas");
  await visitorPage.getByRole("link", { name: themeName }).click();
  await expect(visitorPage.getByRole("heading", { level: 1, name: themeName })).toBeVisible();
  await expect(visitorPage.getByRole("link", { name: articleTitle })).toBeVisible();
  await expect(visitorPage.getByText("De documenten van de bijeenkomsten zijn er voor deelnemers.")).toBeVisible();
  await expect(visitorPage.getByText(documentTitle)).toHaveCount(0);
  await expectNoViolations(visitorPage);

  await visitorPage.getByRole("link", { name: articleTitle }).click();
  await expect(visitorPage.getByRole("heading", { level: 1, name: articleTitle })).toBeVisible();
  await expect(visitorPage.getByRole("navigation", { name: "Thema's" }).getByRole("link", { name: themeName })).toBeVisible();
  await visitor.close();

  // Deleting asks for a tick first; then the theme goes and its page with it.
  await page.goto("/beheer/themas");
  await page.getByRole("link", { name: themeName }).click();
  await page.getByRole("button", { name: "Verwijder dit thema" }).click();
  await expect(page.getByRole("link", { name: "Bevestiging: Vink aan dat je dit thema wilt verwijderen." })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("checkbox", { name: `Ja, verwijder “${themeName}”` }).check();
  await page.getByRole("button", { name: "Verwijder dit thema" }).click();
  await expectLandedOn(page, "/beheer/themas");
  await expect(page.getByText("Het thema is verwijderd.")).toBeVisible();
  expect((await page.goto(`/themas/${themeSlug}`))?.status()).toBe(404);
});
