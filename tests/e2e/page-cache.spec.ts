import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect, test, type Page } from "@playwright/test";
import { isCachedPage } from "../../lib/site/cached-pages";
import { query } from "./support/db";
import { signedInMember, signedInSecretary } from "./support/session";
import { publicRoutes } from "./support/site";

const cachedRoutes = publicRoutes.filter((route) => isCachedPage(route.path));

/**
 * The page as the cache serves it. Other specs running alongside change data through the secretary's actions,
 * which renew every cached page, so a page may take a few requests to be a cache hit.
 */
async function fromCache(request: APIRequestContext, path: string) {
  let response = await request.get(path);
  await expect.poll(async () => (response = await request.get(path)).headers()["x-nextjs-cache"], { message: `${path} uit de cache` }).toBe("HIT");
  return response;
}

/** Opens a page in Chromium and returns the script-policy violations it reported; the page must have hydrated. */
async function openAndCollectViolations(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto(path);
  // React marks the elements it hydrated; it can only do so after the page's inline scripts ran.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main")!).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  return violations;
}

test("the public pages are served from the cache with a strict policy that lets their own scripts run", async ({ page, request }) => {
  expect(cachedRoutes.length).toBeGreaterThanOrEqual(15);
  for (const { path, h1 } of cachedRoutes) {
    const response = await fromCache(request, path);
    expect(response.status(), path).toBe(200);
    const scripts = response.headers()["content-security-policy"]?.match(/script-src ([^;]+)/)?.[1] ?? "";
    expect(scripts, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
    expect(await response.text(), path).toContain(h1);

    expect(await openAndCollectViolations(page, path), path).toEqual([]);
    await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  }
});

test("a signed-in person gets the public pages rendered for them, under the same address", async ({ page, context }) => {
  await signedInMember(context, "Rik Rewrite");
  // Every cached page: proxy.ts's matcher spells them out.
  for (const { path } of cachedRoutes) {
    const response = await page.request.get(path);
    expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
    expect(await openAndCollectViolations(page, path), path).toEqual([]);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("banner").getByRole("link", { name: "Mijn gegevens" }), path).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toHaveCount(0);
  }
  // The rendered-for-you copies have no address of their own.
  expect((await page.request.get("/ingelogd/agenda")).status()).toBe(404);
  expect((await page.request.get("/ingelogd")).status()).toBe(404);
});

test("a change by the secretary shows at once on the cached pages", async ({ browser, request }) => {
  const title = `Nieuws uit de cache ${randomBytes(4).toString("hex")}`;
  expect(await (await fromCache(request, "/nieuws")).text()).not.toContain(title);

  const context = await browser.newContext();
  try {
    await signedInSecretary(context);
    const page = await context.newPage();
    await page.goto("/beheer/nieuws/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    // An old date keeps it off the home page, which public-pages.spec.ts checks.
    await page.getByLabel("Publicatiedatum").fill("2001-01-01");
    await page.getByRole("radio", { name: "Nieuws", exact: true }).check();
    await page.getByLabel("Samenvatting", { exact: true }).fill("Een bericht om de cache te testen.");
    await page.getByLabel("Tekst", { exact: true }).fill("Tekst van het bericht.");
    await page.getByRole("radio", { name: /^Gepubliceerd/ }).check();
    await page.getByRole("button", { name: "Bericht opslaan" }).click();
    await expect(page.getByText("Het bericht is aangemaakt.")).toBeVisible();

    expect(await (await request.get("/nieuws")).text()).toContain(title);
  } finally {
    await context.close();
    await query(`DELETE FROM "Article" WHERE title = $1`, [title]);
  }
  expect(await (await request.get("/nieuws")).text()).not.toContain(title);
});
