import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";
import { embeddedUrl } from "../../lib/db/embedded-postgres";
import { buildPerson } from "../support/builders/person";
import { buildSession } from "../support/builders/session";
import { sitePort } from "../support/e2e-env";
import { onSiteDatabase } from "./support/fixtures";
import { type StartedServer, startServer, stopServer, waitUntilServing } from "./support/serving";

// A second site, started as `DEV_MAILBOX=true npm start` would, on its own embedded database, listening on every
// address so a request from a non-loopback peer can reach it at all.
const port = sitePort + 40;
let server: StartedServer;

function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === "IPv4" && !entry.internal)?.address;
}

/** A fresh connection to the machine's outside address is now and then reset by the sandbox's network: try again. */
async function fetchAllowingResets(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

test.describe("the development mailbox", () => {
  // One worker for the whole group: with fullyParallel each worker would run beforeAll, start a server on the same
  // port, and kill it in afterAll while another worker's test is still using it.
  test.describe.configure({ mode: "default", timeout: 180_000 });

  test.beforeAll(async () => {
    const { DATABASE_URL: _ignored, SMTP_URL: _none, ...env } = process.env;
    server = startServer("start", {
      ...env,
      PORT: String(port),
      EMBEDDED_DB_DIR: "memory",
      EMBEDDED_DB_PORT: String(port + 1),
      DEV_MAILBOX: "true",
      LISTEN_ADDRESS: "0.0.0.0",
      SEED_DEMO: "false",
    });
    await waitUntilServing(`http://127.0.0.1:${port}/`, { timeout: 150_000, server });
  });
  test.afterAll(() => stopServer(server));

  test("answers a request from this machine when switched on", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/dev/mailbox`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Ontwikkel-mailbox");
  });

  test("a signed-in person on this trial site gets the public pages rendered for them", async () => {
    const sessionToken = await onSiteDatabase(
      async (db) => {
        const person = await buildPerson(db, { name: "Mia Mailbox", email: "mia@e2e.example" });
        return buildSession(db, person.id);
      },
      embeddedUrl(port + 1),
    );
    const headers = { cookie: `authjs.session-token=${sessionToken}` };
    const response = await fetch(`http://localhost:${port}/agenda`, { headers });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Mijn gegevens");
    // A page Next.js renders for them has their header too, also once the reader's idle database connection has been
    // closed (after 10 s) and a new one opened: on the embedded database every connection shares one session.
    for (const pause of [0, 11_000]) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      const ownPage = await fetch(`http://localhost:${port}/mijn-gegevens`, { headers, redirect: "manual" });
      expect(ownPage.status).toBe(200);
      expect(await ownPage.text()).toContain(">Uitloggen</button>");
    }
  });

  test("refuses a request from another address, whatever its headers say", async () => {
    const address = nonLoopbackAddress();
    test.skip(!address, "deze machine heeft geen ander adres dan loopback");
    const response = await fetchAllowingResets(`http://${address}:${port}/dev/mailbox`, {
      headers: { "x-wmo-loopback-peer": "1", "x-forwarded-for": "127.0.0.1" },
    });
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("Pagina niet gevonden");
    expect(page).not.toContain("Er is geen SMTP-server ingesteld");
  });

  test("does not exist on a site started without DEV_MAILBOX, even for this machine", async ({ request }) => {
    const response = await request.get("/dev/mailbox", { headers: { "x-wmo-loopback-peer": "1" } });
    expect(response.status()).toBe(404);
  });
});
