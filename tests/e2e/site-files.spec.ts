import { expect, test } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { meetingSlugs } from "./support/site";

test("every page links the favicon, and it is served", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /\/favicon\.svg/);
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("robots.txt keeps personal and admin pages out and names the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Disallow: \/beheer$/m);
  expect(robots).toMatch(/^Disallow: \/mijn-gegevens$/m);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists the public pages, published meetings and articles", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locations).toContain(`${baseURL}/agenda`);
  expect(locations).toContain(`${baseURL}/agenda/${meetingSlugs.assen2020}`);
  expect(locations).toContain(`${baseURL}/nieuws/vruchtbare-smeltkroes`);
  expect(locations.some((location) => location.includes("/beheer"))).toBe(false);
});
