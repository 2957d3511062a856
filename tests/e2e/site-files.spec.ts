import { expect, test } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { signedInMember } from "./support/session";
import { meetingSlugs } from "./support/site";

test("every page links the favicon, and it is served", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /\/favicon\.svg/);
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("/favicon.ico, which browsers, feed readers and mail clients ask for by themselves, is a real icon", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file: reserved 0, type 1, then the number of images (16, 32 and 48 pixels, made from favicon.svg).
  expect([...(await icon.body()).subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
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

test("/api/auth/session tells a signed-in browser who it is, and nothing more", async ({ browser }) => {
  const context = await browser.newContext();
  const { email } = await signedInMember(context);
  const response = await context.request.get("/api/auth/session");
  const body = await response.text();
  const session = JSON.parse(body) as { user: Record<string, unknown>; expires: string };
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user).sort()).toEqual(["email", "id", "name", "role"]);
  expect(session.user.email).toBe(email);
  const token = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token")!.value;
  expect(body).not.toContain(token);
  expect(body).not.toContain("sessionToken");
  await context.close();
});
