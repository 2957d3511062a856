import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signedInMember } from "./support/session";

async function openFirstUpcomingMeeting(page: Page) {
  await page.goto("/agenda");
  const upcoming = page.getByRole("region", { name: "Komende bijeenkomsten" });
  const link = upcoming.getByRole("link").first();
  const title = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title;
}

/** From a meeting's page to its answer form ("Geef je antwoord" or "Wijzig je antwoord"). */
async function openAnswerForm(page: Page) {
  const meetingPath = new URL(page.url()).pathname;
  await page
    .getByRole("region", { name: "Kom je?" })
    .getByRole("link", { name: /^(Geef|Wijzig) je antwoord$/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${meetingPath}/antwoord$`));
  return page.getByRole("region", { name: "Kom je?" });
}

test("a member says they come to a meeting, changes their mind, and sees it on their page", async ({ page, context }) => {
  await signedInMember(context);
  const title = await openFirstUpcomingMeeting(page);
  await expect(page.getByRole("region", { name: "Kom je?" }).getByText("Je hebt nog niet laten weten of je komt.")).toBeVisible();
  const form = await openAnswerForm(page);
  await form.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(form.getByText("Genoteerd: je komt.")).toBeVisible();
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await expect(attendance.getByText("Je hebt laten weten dat je komt.")).toBeVisible();

  await page.goto("/mijn-gegevens");
  await expect(page.getByRole("heading", { name: "Je komt naar" })).toBeVisible();
  await page.getByRole("link", { name: title }).click();

  await expect(attendance.getByText("Je hebt laten weten dat je komt.")).toBeVisible();
  await openAnswerForm(page);
  await expect(form.getByText("Je hebt laten weten dat je komt.")).toBeVisible();
  await form.getByRole("button", { name: "Ik kom niet" }).click();
  await expect(form.getByText("Genoteerd: je komt niet.")).toBeVisible();
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  await expect(attendance.getByText("Je hebt laten weten dat je niet komt.")).toBeVisible();
  await page.reload();
  await expect(attendance.getByText("Je hebt laten weten dat je niet komt.")).toBeVisible();
});

test("a visitor is asked to sign in before saying they come", async ({ page }) => {
  await openFirstUpcomingMeeting(page);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await expect(attendance.getByRole("link", { name: /je antwoord/ })).toHaveCount(0);
  await attendance.getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fagenda%2F/);
  // The answer form's own address asks for signing in too, and brings the visitor back to it.
  const meeting = decodeURIComponent(new URL(page.url()).searchParams.get("terug")!);
  await page.goto(`${meeting}/antwoord`);
  await expect(page).toHaveURL(new RegExp(`/inloggen\\?terug=${encodeURIComponent(`${meeting}/antwoord`)}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the RSVP buttons still work", async ({ page, context }) => {
    await signedInMember(context);
    await openFirstUpcomingMeeting(page);
    await openAnswerForm(page);
    await page.getByRole("button", { name: "Ik kom", exact: true }).click();
    await expect(page.getByText("Genoteerd: je komt.")).toBeVisible();
    await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
    await expect(page.getByText("Je hebt laten weten dat je komt.")).toBeVisible();
  });
});

test("an upcoming meeting and its answer form have no WCAG 2.1 A/AA violations", async ({ page, context }) => {
  await signedInMember(context);
  await openFirstUpcomingMeeting(page);
  await expectNoViolations(page);
  await openAnswerForm(page);
  await page.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(page.getByText("Genoteerd: je komt.")).toBeVisible();
  await expectNoViolations(page);
});
