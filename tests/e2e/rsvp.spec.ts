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

test("a member says they come to a meeting, changes their mind, and sees it on their page", async ({ page, context }) => {
  await signedInMember(context);
  const title = await openFirstUpcomingMeeting(page);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await attendance.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(attendance.getByText("Genoteerd: je komt.")).toBeVisible();

  await page.goto("/mijn-gegevens");
  await expect(page.getByRole("heading", { name: "Je komt naar" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.goBack();
  await page.reload();
  await expect(attendance.getByText("Je hebt laten weten dat je komt.")).toBeVisible();
  await attendance.getByRole("button", { name: "Ik kom niet" }).click();
  await expect(attendance.getByText("Genoteerd: je komt niet.")).toBeVisible();
  await page.reload();
  await expect(attendance.getByText("Je hebt laten weten dat je niet komt.")).toBeVisible();
});

test("a visitor is asked to sign in before saying they come", async ({ page }) => {
  await openFirstUpcomingMeeting(page);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await expect(attendance.getByRole("button", { name: "Ik kom", exact: true })).toHaveCount(0);
  await attendance.getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fagenda%2F/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the RSVP buttons still work", async ({ page, context }) => {
    await signedInMember(context);
    await openFirstUpcomingMeeting(page);
    await page.getByRole("button", { name: "Ik kom", exact: true }).click();
    await expect(page.getByText("Genoteerd: je komt.")).toBeVisible();
  });
});

test("an upcoming meeting with its RSVP buttons has no WCAG 2.1 A/AA violations", async ({ page, context }) => {
  await signedInMember(context);
  await openFirstUpcomingMeeting(page);
  await page.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(page.getByText("Genoteerd: je komt.")).toBeVisible();
  await expectNoViolations(page);
});
