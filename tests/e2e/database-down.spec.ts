import { expect, test } from "@playwright/test";
import { sitePort } from "../support/e2e-env";
import { type StartedServer, startServer, stopServer, waitUntilServing } from "./support/serving";

// The built site, served as `npm start` serves it (scripts/site-server.ts, compiled), against a database that is not there
// (nothing listens on port 9).
const port = sitePort + 50;
const base = `http://127.0.0.1:${port}`;
let server: StartedServer;

test.describe("with the database unreachable", () => {
  // One worker for the group: the server of beforeAll is on a fixed port (see dev-mailbox.spec.ts).
  test.describe.configure({ mode: "default", timeout: 120_000 });

  test.beforeAll(async () => {
    server = startServer("site-server", {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: "postgresql://postgres@127.0.0.1:9/weg",
      MAIL_WORKER: "off",
      AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
      SITE_URL: base,
    });
    await waitUntilServing(`${base}/account-verwijderd`, { timeout: 90_000, server });
  });
  test.afterAll(() => stopServer(server));

  for (const path of ["/", "/agenda"]) {
    test(`${path} answers with the Dutch error page and a way back`, async ({ page }) => {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(500);
      await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis aan onze kant" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Naar de homepage" })).toBeVisible();
    });
  }

  test("without JavaScript the error page says the same, with a way back", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${base}/agenda`);
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis aan onze kant" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Het ligt niet aan jou.");
    await page.getByRole("link", { name: "Naar de homepage" }).click();
    await expect(page).toHaveURL(`${base}/`);
    await context.close();
  });

  test("pages that need no data still work, with the signed-out header", async ({ page }) => {
    // A page that reads nothing from the database (the privacy statement does, since its text became editable).
    const response = await page.goto(`${base}/account-verwijderd`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Je account is verwijderd" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  });

  test("a route handler answers in Dutch, and /health says the site cannot serve", async ({ request }) => {
    const calendar = await request.get(`${base}/agenda.ics`);
    expect(calendar.status()).toBe(500);
    expect(await calendar.text()).toContain("Er ging iets mis aan onze kant");
    const health = await request.get(`${base}/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", reason: "database onbereikbaar" });
  });
});

test("/health is 200 with the database reachable and every migration applied", async ({ request }) => {
  const health = await request.get("/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
});
