import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { buildMeeting } from "../support/builders/meeting";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { signedInMember } from "./support/session";

const word = `zoekwoord${randomBytes(4).toString("hex")}`;
const documentTitle = `Presentatie met ${word}`;
let meetingId = "";

test.beforeAll(async () => {
  await writeFixtures(async (db) => {
    const meeting = await buildMeeting(db, {
      title: "Bijeenkomst uit de zoektest",
      startsAt: new Date("2001-03-01T12:00:00Z"),
      endsAt: new Date("2001-03-01T16:00:00Z"),
    });
    meetingId = meeting.id;
    await buildMeetingDocument(db, { meetingId: meeting.id, title: documentTitle, text: `De wachtlijsten in de regio. ${word} staat alleen hier.` });
  });
});

test.afterAll(async () => {
  if (meetingId) await query(`DELETE FROM "Meeting" WHERE id = $1`, [meetingId]);
});

async function searchFromHeader(page: Page, words: string) {
  await page.goto("/");
  await page.getByRole("search").getByLabel("Zoeken op de site").fill(words);
  await page.getByRole("search").getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(`${baseURL}/zoeken?q=${encodeURIComponent(words).replaceAll("%20", "+")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Zoeken" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a visitor searches from the header, finds pages by a word's other form, and follows a result", async ({ page }) => {
      await searchFromHeader(page, "24-uursbijeenkomsten Assen");
      await expect(page.getByRole("status")).toHaveText(/^\d+ resultaten? voor “24-uursbijeenkomsten Assen”\.$/);
      // The seeded meeting of 2020; the demo content has a later one in Assen as well.
      const result = page.getByRole("listitem").filter({ has: page.locator('a[href="/agenda/2020-11-12-24-uursbijeenkomst-assen"]') });
      await expect(result.getByRole("heading", { name: "24-uursbijeenkomst in Assen" })).toBeVisible();
      await expect(result.locator("mark").first()).toBeVisible();
      // axe runs inside the page, so only where the page runs scripts.
      if (javaScriptEnabled) await expectNoViolations(page);
      await result.getByRole("link", { name: "24-uursbijeenkomst in Assen" }).click();
      await expect(page).toHaveURL(`${baseURL}/agenda/2020-11-12-24-uursbijeenkomst-assen`);
    });
  });
}

test("a document's words are found by a participant, never by a visitor", async ({ page, browser }) => {
  await searchFromHeader(page, word);
  await expect(page.getByRole("status")).toHaveText(`Niets gevonden voor “${word}”. Probeer andere of minder woorden.`);
  await expect(page.getByText(documentTitle)).toHaveCount(0);
  await page.getByRole("link", { name: "log in" }).click();
  await expect(page).toHaveURL(`${baseURL}/inloggen?terug=${encodeURIComponent(`/zoeken?q=${word}`)}`);

  const member = await browser.newContext();
  await signedInMember(member);
  const memberPage = await member.newPage();
  await searchFromHeader(memberPage, word);
  await expect(memberPage.getByRole("status")).toHaveText(`1 resultaat voor “${word}”.`);
  const link = memberPage.getByRole("link", { name: documentTitle });
  await expect(link).toHaveAttribute("href", new RegExp(`^/agenda/test-[^/]+/documenten/`));
  await expect(memberPage.getByText("Document (voor deelnemers)")).toBeVisible();
  await expectNoViolations(memberPage);
  await member.close();
});
