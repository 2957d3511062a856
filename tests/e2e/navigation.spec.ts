import { expect, test } from "@playwright/test";
import { meetingSlugs, notFoundPaths } from "./support/site";

const menuLabels = ["Over het netwerk", "Kernclub", "Agenda", "Nieuws", "Deelnemen", "Versnellingstraject", "Contact"];

test.describe("keyboard", () => {
  test("the first Tab focuses the skip link, and Enter moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await expect(skipLink).toHaveAttribute("href", "#inhoud");

    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await expect(page).toHaveURL(/#inhoud$/);
  });

  test("Tab reaches every main menu link in order, and Enter on Agenda opens the agenda", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link")).toHaveText(menuLabels);

    const reached: string[] = [];
    for (let presses = 0; presses < 20 && !reached.includes("Agenda"); presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const inMenu = !!element?.closest('nav[aria-label="Hoofdmenu"]');
        return inMenu ? (element?.textContent?.trim() ?? "") : null;
      });
      if (focused !== null) reached.push(focused);
    }
    expect(reached).toEqual(["Over het netwerk", "Kernclub", "Agenda"]);
    const agenda = menu.getByRole("link", { name: "Agenda", exact: true });
    await expect(agenda).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole("heading", { level: 1, name: "Agenda", exact: true })).toBeVisible();
    await expect(agenda).toHaveAttribute("aria-current", "page");
  });
});

test.describe("current menu item", () => {
  test("only the open section is marked aria-current=page", async ({ page }) => {
    await page.goto("/kernclub");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Kernclub", exact: true })).toHaveAttribute("aria-current", "page");
    for (const label of menuLabels.filter((label) => label !== "Kernclub")) {
      await expect(menu.getByRole("link", { name: label, exact: true })).not.toHaveAttribute("aria-current");
    }
  });

  test("a meeting page marks Agenda as current", async ({ page }) => {
    await page.goto(`/agenda/${meetingSlugs.june2022}`);
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Agenda", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(menu.locator('[aria-current="page"]')).toHaveCount(1);
  });

  test("the homepage marks no menu item as current", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link").first()).toBeVisible();
    await expect(menu.locator("[aria-current]")).toHaveCount(0);
  });
});

test.describe("unknown addresses", () => {
  for (const path of notFoundPaths) {
    test(`${path} answers 404 with a Dutch page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expect(page.getByRole("main").getByRole("link", { name: "Naar de homepage" })).toHaveAttribute("href", "/");
    });
  }
});

test.describe("narrow screens (320 px)", () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const path of ["/", "/agenda"]) {
    test(`${path} does not scroll horizontally`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        // The innermost visible elements whose content sticks out, to make a failure easy to act on.
        overflowing: [...document.querySelectorAll("body *")]
          .filter((element) => {
            const style = getComputedStyle(element);
            const clipped = ["hidden", "clip"].includes(style.overflowX) || style.position === "absolute";
            const sticksOut = element.getBoundingClientRect().right > 320.5 || element.scrollWidth > element.clientWidth;
            return sticksOut && !clipped && ![...element.children].some((child) => child.scrollWidth > child.clientWidth);
          })
          .slice(0, 5)
          .map(
            (element) =>
              `<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 60)}" (content ${element.scrollWidth}px in a ${element.clientWidth}px box)`,
          ),
      }));
      expect(widths.scroll, `scrollWidth ${widths.scroll} > 320; overflowing: ${widths.overflowing.join(" | ")}`).toBeLessThanOrEqual(320);
    });
  }
});
