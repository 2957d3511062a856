import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { notFoundPaths, publicRoutes } from "./support/site";

for (const route of publicRoutes) {
  test(`${route.path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: route.h1, exact: true })).toBeVisible();
    await expectNoViolations(page);
  });
}

test(`the 404 page (${notFoundPaths[1]}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
  const response = await page.goto(notFoundPaths[1]);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectNoViolations(page);
});

test("the skip link, when focused, has no WCAG 2.1 A/AA violations", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await expectNoViolations(page);
});
