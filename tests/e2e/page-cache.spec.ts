import { randomBytes } from "node:crypto";
import { type APIRequestContext, type Browser, expect, test, type Page } from "@playwright/test";
import { isCachedPage } from "../../lib/site/serving/cached-pages";
import { baseURL } from "../support/e2e-env";
import { buildMeeting } from "../support/builders/meeting";
import { buildRsvp } from "../support/builders/rsvp";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { signedInMember, signedInSecretary } from "./support/session";
import { publicRoutes } from "./support/site";
import { fillOldNewsItem, publishNewsItem } from "./support/news";

const cachedRoutes = publicRoutes.filter((route) => isCachedPage(route.path));

/**
 * The page as the site's server keeps it. Other specs running alongside change data through the secretary's
 * actions, which renew every kept page, so a page may take a few requests to come from the store.
 */
async function fromStore(request: APIRequestContext, path: string) {
  let response = await request.get(path);
  await expect.poll(async () => (response = await request.get(path)).headers()["x-cache"], { message: `${path} uit de opslag` }).toBe("HIT");
  return response;
}

/** Opens a page in Chromium and returns the script-policy violations it reported; the page must have hydrated. */
async function openAndCollectViolations(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|[Hh]ydrat/.test(message.text())) violations.push(message.text());
  });
  await page.goto(path);
  // React marks the elements it hydrated; it can only do so after the page's inline scripts ran.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main")!).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  return violations;
}

/** An upcoming meeting of its own, with room for answers; removed by the returned function. */
async function upcomingMeeting() {
  const suffix = randomBytes(4).toString("hex");
  const id = `e2e-store-${suffix}`;
  const slug = `opslag-${suffix}`;
  await writeFixtures((db) => buildMeeting(db, { id, slug, title: `Bijeenkomst uit de opslag ${suffix}` }));
  return { id, path: `/agenda/${slug}`, remove: () => query(`DELETE FROM "Meeting" WHERE id = $1`, [id]) };
}

test("the public pages are kept and served with a strict policy that lets their own scripts run", async ({ page, request }) => {
  expect(cachedRoutes.length).toBeGreaterThanOrEqual(15);
  for (const { path, h1 } of cachedRoutes) {
    const response = await fromStore(request, path);
    expect(response.status(), path).toBe(200);
    const scripts = response.headers()["content-security-policy"]?.match(/script-src ([^;]+)/)?.[1] ?? "";
    expect(scripts, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
    expect(response.headers()["vary"], path).toContain("Cookie");
    expect(await response.text(), path).toContain(h1);

    expect(await openAndCollectViolations(page, path), path).toEqual([]);
    await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  }
});

test("a signed-in person gets the kept pages with their own header, which stays theirs once the page has hydrated", async ({ page, context }) => {
  await signedInMember(context, "Rik Rewrite");
  for (const { path } of cachedRoutes) {
    const response = await fromStore(page.request, path);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
    expect(await openAndCollectViolations(page, path), path).toEqual([]);
    await expect(page).toHaveURL(`${baseURL}${path}`);
    await expect(page.getByRole("banner").getByRole("link", { name: "Mijn gegevens" }), path).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toHaveCount(0);
  }
  // Following a link in the browser (client navigation) renders the next page for the reader too.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda" }).click();
  await expect(page).toHaveURL(`${baseURL}/agenda`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Mijn gegevens" })).toBeVisible();
});

/** What a reader's copy of `path` says in its "Kom je?" part and header, fetched `times` times. */
async function partsSeenBy(
  browser: Browser,
  sign: ((context: import("@playwright/test").BrowserContext) => Promise<unknown>) | null,
  path: string,
  times: number,
) {
  const context = await browser.newContext();
  try {
    if (sign) await sign(context);
    const seen = new Set<string>();
    for (let round = 0; round < times; round += 1) {
      const html = await (await context.request.get(path)).text();
      const attendance = /data-personal-part="attendance"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? "geen deel";
      const account = /data-personal-part="account"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? "geen kop";
      seen.add(`${account.includes("Beheer") ? "secretaris" : account.includes("Mijn gegevens") ? "lid" : "bezoeker"} | ${attendance.replace(/<[^>]+>/g, "")}`);
    }
    return [...seen];
  } finally {
    await context.close();
  }
}

test("two members, the secretary and a visitor reading one page at once each see only their own parts", async ({ browser }) => {
  const meeting = await upcomingMeeting();
  try {
    const coming = async (context: import("@playwright/test").BrowserContext) => {
      const { userId } = await signedInMember(context, "Klaas Komt");
      await writeFixtures((db) => buildRsvp(db, { userId, meetingId: meeting.id }));
    };
    const [comer, undecided, secretary, visitor] = await Promise.all([
      partsSeenBy(browser, coming, meeting.path, 40),
      partsSeenBy(browser, (context) => signedInMember(context, "Tess Twijfel"), meeting.path, 40),
      partsSeenBy(browser, (context) => signedInSecretary(context), meeting.path, 40),
      partsSeenBy(browser, null, meeting.path, 40),
    ]);
    // The first of the comer's requests may come before their answer is saved.
    expect(comer.at(-1)).toMatch(/^lid \| Je hebt laten weten dat je komt\.Wijzig je antwoord$/);
    expect(comer.filter((seen) => !seen.startsWith("lid | Je hebt"))).toEqual([]);
    expect(undecided).toEqual(["lid | Je hebt nog niet laten weten of je komt.Geef je antwoord"]);
    expect(secretary).toEqual(["secretaris | Je hebt nog niet laten weten of je komt.Geef je antwoord"]);
    expect(visitor).toEqual(["bezoeker | Log in om te laten weten of je komt, of meld je aan om een keer mee te doen."]);
  } finally {
    await meeting.remove();
  }
});

test("a change by the secretary shows at once on the kept pages", async ({ browser, request }) => {
  const title = `Nieuws uit de cache ${randomBytes(4).toString("hex")}`;
  expect(await (await fromStore(request, "/nieuws")).text()).not.toContain(title);

  const context = await browser.newContext();
  try {
    await signedInSecretary(context);
    const page = await context.newPage();
    await fillOldNewsItem(page, { title, summary: "Een bericht om de cache te testen.", body: "Tekst van het bericht." });
    await publishNewsItem(page);

    expect(await (await request.get("/nieuws")).text()).toContain(title);
  } finally {
    await context.close();
    await query(`DELETE FROM "Article" WHERE title = $1`, [title]);
  }
  expect(await (await request.get("/nieuws")).text()).not.toContain(title);
});

test("signing out is a post from the site itself, and lands on the home page signed out", async ({ page, context }) => {
  await signedInMember(context, "Uri Uitlog");
  const forged = await page.request.post("/uitloggen", { headers: { origin: "https://elders.example" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await page.goto("/kernclub");
  await expect(page.getByRole("banner").getByRole("link", { name: "Mijn gegevens" })).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  await page.goto("/mijn-gegevens");
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
});
