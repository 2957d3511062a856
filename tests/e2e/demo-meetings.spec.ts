import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { query } from "./support/db";

test("a made-up demo meeting says it is an example, in the agenda and on its page", async ({ page }) => {
  const [demo] = await query<{ slug: string; title: string }>(`SELECT slug, title FROM "Meeting" WHERE demo AND "endsAt" > now() ORDER BY "startsAt" LIMIT 1`);
  await page.goto(`/agenda/${demo!.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: demo!.title })).toBeVisible();
  await expect(page.getByText("Deze bijeenkomst is verzonnen om te laten zien hoe de agenda werkt.")).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/agenda");
  await expect(page.getByRole("article").filter({ hasText: demo!.title })).toContainText("voorbeeld");
});
