import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { deploymentSettings, smtpApiPort, smtpPort, sitePort } from "../support/e2e-env";
import { buildPerson } from "../support/builders/person";
import { buildSession } from "../support/builders/session";
import { onDatabase } from "./support/db";
import { onSiteDatabase } from "./support/fixtures";
import { type StartedServer, startServer, stopServer, waitUntilServing } from "./support/serving";
import { fillOldNewsItem, publishNewsItem } from "./support/news";

// Two server processes started at the same moment on one empty PostgreSQL, as behind a load balancer. Needs a
// PostgreSQL server (TEST_DATABASE_URL, as in CI): the embedded database serves one process only.
const serverUrl = process.env.TEST_DATABASE_URL;
const ports = [sitePort + 60, sitePort + 61];
const database = `wmo_two_processes_${randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  if (!serverUrl) return "";
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();
const servers: StartedServer[] = [];

/** Runs `work` on the PostgreSQL server's own database, where the spec creates and drops the sites' database. */
const admin = <T>(work: (client: pg.Client) => Promise<T>) => onDatabase(serverUrl!, work);

async function signedInOn(browser: Browser, port: number, sessionToken: string) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: `http://127.0.0.1:${port}`, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

async function requestSignInLink(browser: Browser, port: number, email: string) {
  const page = await (await browser.newContext({ baseURL: `http://127.0.0.1:${port}` })).newPage();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  const answer = page.getByText(/Als er een account is met|te vaak een inloglink/);
  await expect(answer).toBeVisible();
  const text = (await answer.textContent()) ?? "";
  await page.context().close();
  return text.includes("te vaak") ? "refused" : "sent";
}

test.describe("two server processes on one database", () => {
  test.skip(!serverUrl, "twee processen op één database vragen een PostgreSQL-server (TEST_DATABASE_URL)");
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE "${database}"`));
    for (const port of ports) {
      servers.push(
        startServer("start", {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          ...deploymentSettings,
          SITE_URL: `http://127.0.0.1:${port}`,
          AUTH_SECRET: "two-processes-secret-that-is-long-enough-0123",
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_FROM: "Wmo transformatienetwerk <noreply@e2e.example>",
          SEED_DEMO: "false",
        }),
      );
    }
  });

  test.afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  test("both come up, share sessions, rate limits and the pages' cache, show each other's changes, and send each mail once", async ({ browser }) => {
    for (const [index, port] of ports.entries()) {
      await waitUntilServing(`http://127.0.0.1:${port}/`, { timeout: 180_000, server: servers[index]! });
    }
    expect(servers.every((server) => server.process.exitCode === null)).toBe(true);

    const email = `twee-${randomBytes(4).toString("hex")}@e2e.example`;
    const { sessionToken, secretaryToken } = await onSiteDatabase(async (db) => {
      const member = await buildPerson(db, { name: "Tineke Twee", email, emailVerified: new Date(), jobTitle: "Beleidsadviseur" });
      const secretary = await buildPerson(db, { name: "Sanne Secretaris", email: "secretaris-twee@e2e.example", emailVerified: new Date(), role: "SECRETARY" });
      return { sessionToken: await buildSession(db, member.id), secretaryToken: await buildSession(db, secretary.id) };
    }, databaseUrl);

    // A session is valid on both; a change saved through one shows through the other.
    const first = await signedInOn(browser, ports[0]!, sessionToken);
    const second = await signedInOn(browser, ports[1]!, sessionToken);
    await first.goto("/mijn-gegevens");
    await first.getByLabel("Functie").fill("Programmamanager");
    await first.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect(first.getByText("Je gegevens zijn opgeslagen.")).toBeVisible();
    await second.goto("/mijn-gegevens");
    await expect(second.getByLabel("Functie")).toHaveValue("Programmamanager");

    // A news item published through one process shows on the other's cached news page within seconds (the invalidation
    // goes through PostgreSQL), not after the minute the pages' revalidation period would take.
    const newsOn = (port: number) => fetch(`http://127.0.0.1:${port}/nieuws`);
    // Kept once no change of the first process's is still on its way (read within a second).
    await expect.poll(async () => (await newsOn(ports[1]!)).headers.get("x-cache"), { timeout: 10_000 }).toBe("HIT");
    const title = `Nieuws via het eerste proces ${randomBytes(4).toString("hex")}`;
    const secretary = await signedInOn(browser, ports[0]!, secretaryToken);
    await fillOldNewsItem(secretary, { title, summary: "Gepubliceerd via het eerste proces.", body: "Tekst." });
    await publishNewsItem(secretary);
    await expect.poll(async () => (await newsOn(ports[1]!)).text(), { timeout: 10_000, intervals: [250, 500, 1000] }).toContain(title);

    // The per-address limit (5 links in 15 minutes) counts requests through both processes together.
    const answers: string[] = [];
    for (let request = 0; request < 6; request += 1) answers.push(await requestSignInLink(browser, ports[request % 2]!, email));
    expect(answers).toEqual(["sent", "sent", "sent", "sent", "sent", "refused"]);

    // Both processes run a mail worker; each of the five links still arrives once.
    const delivered = () => onSiteDatabase((db) => db.outboxMail.count({ where: { to: email, status: "SENT" } }), databaseUrl);
    await expect.poll(delivered, { timeout: 60_000 }).toBe(5);
    const received = (await (await fetch(`http://127.0.0.1:${smtpApiPort}/messages?to=${encodeURIComponent(email)}`)).json()) as unknown[];
    expect(received).toHaveLength(5);
  });
});
