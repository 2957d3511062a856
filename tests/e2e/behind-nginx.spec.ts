import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { deploymentSettings, sitePort, smtpPort } from "../support/e2e-env";
import { embeddedUrl } from "../../lib/db/embedded-postgres";
import { onDatabase } from "./support/db";
import { expectLandedOn, followSignInLink, linkIn, waitForMail } from "./support/mail";
import { signUp, uniqueEmail } from "./support/members";
import { type StartedServer, startServer, stopServer, waitUntilServing } from "./support/serving";

// The site as deployed: behind nginx from Debian with the shipped configuration (deploy/nginx/), over HTTPS with a
// certificate made here, on a host name that is not localhost, with TRUST_PROXY=true.
const HOST = "wmo.test";
const sitePortBehind = sitePort + 60;
const nginxPort = sitePort + 61;
const site = `https://${HOST}:${nginxPort}`;
const secretary = `secretaris-${randomBytes(3).toString("hex")}@e2e.example`;
const serverUrl = process.env.TEST_DATABASE_URL;
const database = `wmo_nginx_${randomBytes(4).toString("hex")}`;
const databaseUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString() : embeddedUrl(sitePort + 62);
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));

let folder: string;
let nginx: ChildProcess | undefined;
let server: StartedServer;
let browser: Browser;

const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await onDatabase(databaseUrl, (client) => client.query<T>(sql, params))).rows;

/** deploy/nginx/wmo-transformatienetwerk.conf with this test's name, port, certificate and site, each replacement checked. */
async function renderSiteConfig(): Promise<string> {
  let config = await readFile("deploy/nginx/wmo-transformatienetwerk.conf", "utf8");
  const replace = (from: string | RegExp, to: string) => {
    const before = config;
    config = config.replace(from, to);
    expect(config, `deploy/nginx: ${from} not found`).not.toBe(before);
  };
  replace("server 127.0.0.1:3000;", `server 127.0.0.1:${sitePortBehind};`);
  // The plain-HTTP server only redirects; the test has no port 80.
  replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, "");
  replace("listen 443 ssl http2;", `listen 127.0.0.1:${nginxPort} ssl http2;`);
  replace("    listen [::]:443 ssl http2;\n", "");
  replace(/server_name wmo\.example\.nl;/g, `server_name ${HOST};`);
  replace("/etc/letsencrypt/live/wmo.example.nl/fullchain.pem", path.join(folder, "cert.pem"));
  replace("/etc/letsencrypt/live/wmo.example.nl/privkey.pem", path.join(folder, "key.pem"));
  return config;
}

async function startNginx() {
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=${HOST}`, "-addext", `subjectAltName=DNS:${HOST}`],
      ...["-keyout", path.join(folder, "key.pem"), "-out", path.join(folder, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  await writeFile(path.join(folder, "site.conf"), await renderSiteConfig());
  for (const temp of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) await mkdir(path.join(folder, temp));
  await writeFile(
    path.join(folder, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events { worker_connections 256; }
http {
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/site.conf;
}
`,
  );
  nginx = spawn(NGINX!, ["-c", path.join(folder, "nginx.conf"), "-p", folder], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Sends /inloggen for `email` and follows the mailed link, as a person would. */
async function signIn(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByText(`Als er een account is met ${email}`)).toBeVisible();
  await followSignInLink(page, linkIn(await waitForMail(email, "Je inloglink"), "/inloggen/link", site), "/mijn-gegevens", site);
}

test.describe("behind nginx over HTTPS, as deployed", () => {
  test.describe.configure({ mode: "default", timeout: 240_000 });

  test.beforeAll(async () => {
    if (!NGINX) throw new Error("Geen nginx gevonden: installeer hem met `sudo apt-get install -y nginx` (.ci/run doet dat).");
    folder = await mkdtemp(path.join(tmpdir(), "wmo-nginx-"));
    if (serverUrl) await onDatabase(serverUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
    server = startServer("start", {
      ...process.env,
      ...deploymentSettings,
      ...(serverUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", EMBEDDED_DB_DIR: "memory", EMBEDDED_DB_PORT: String(sitePort + 62) }),
      PORT: String(sitePortBehind),
      LISTEN_ADDRESS: "127.0.0.1",
      SITE_URL: site,
      TRUST_PROXY: "true",
      AUTH_SECRET: "behind-nginx-secret-that-is-long-enough-0123456",
      ADMIN_EMAILS: secretary,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Wmo transformatienetwerk <noreply@e2e.example>",
      SEED_DEMO: "false",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    await startNginx();
    await waitUntilServing(`http://127.0.0.1:${sitePortBehind}/health`, { timeout: 180_000, server });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...chromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    });
  });

  test.afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await stopServer(server);
    if (serverUrl) await onDatabase(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test("sign up, confirm, sign in, approve, create a meeting, invite and answer: every link lands on the site, over HTTPS", async () => {
    // A client that claims to be someone else: nginx replaces the header, so the site counts the real client.
    const newContext = () => browser.newContext({ baseURL: site, ignoreHTTPSErrors: true, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" } });

    const visitorContext = await newContext();
    const visitor = await visitorContext.newPage();
    const first = await visitor.goto("/agenda");
    expect(first?.status()).toBe(200);
    expect(new URL(visitor.url()).origin).toBe(site);
    // The public pages still come from the site's store behind the proxy.
    await expect.poll(async () => (await visitor.reload())?.headers()["x-cache"]).toBe("HIT");

    const member = uniqueEmail("achter-nginx");
    await signUp(visitor, { name: "Nina Nginx", email: member, municipality: "Breda" });
    await followSignInLink(visitor, linkIn(await waitForMail(member, "Bevestig je aanmelding"), "/inloggen/link", site), "/aanmelden/bevestigd", site);
    await expect(visitor.getByRole("heading", { level: 1, name: "Je e-mailadres is bevestigd" })).toBeVisible();
    const session = (await visitorContext.cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
    expect(session).toMatchObject({ name: "__Secure-authjs.session-token", secure: true, httpOnly: true });
    expect((await visitorContext.cookies()).filter((cookie) => cookie.name.startsWith("authjs."))).toEqual([]);

    const keys = (await query<{ key: string }>(`SELECT key FROM "RateLimitWindow"`)).map((row) => row.key);
    expect(keys).toContain("sign-up:client:127.0.0.1");
    expect(keys.filter((key) => key.includes("203.0.113.9"))).toEqual([]);

    const secretaryContext = await newContext();
    const admin = await secretaryContext.newPage();
    await signIn(admin, secretary);
    await admin.goto("/beheer/aanmeldingen");
    await admin.getByRole("link", { name: "Nina Nginx" }).click();
    await admin.getByRole("button", { name: "Aanmelding goedkeuren" }).click();
    await expect(admin.getByRole("status")).toHaveText("De aanmelding is goedgekeurd en de aanvrager krijgt een e-mail.");
    await waitForMail(member, "Je aanmelding is goedgekeurd");

    const title = `Bijeenkomst achter nginx ${randomBytes(3).toString("hex")}`;
    await admin.goto("/beheer/bijeenkomsten/nieuw");
    await admin.getByLabel("Titel").fill(title);
    await admin.getByRole("radio", { name: "Bijeenkomst", exact: true }).check();
    await admin.getByLabel("Begindatum").fill(`${new Date().getFullYear() + 1}-05-20`);
    await admin.getByLabel("Begintijd").fill("13:00");
    await admin.getByLabel("Eindtijd").fill("17:00");
    await admin.getByLabel("Locatie").fill("Breda");
    await admin.getByLabel("Gastgemeente").selectOption({ label: "Breda" });
    await admin.getByRole("radio", { name: /^Gepubliceerd/ }).check();
    await admin.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(admin).toHaveURL(new RegExp(`^${site}/beheer/bijeenkomsten/[^/]+$`));
    const meetingId = admin.url().split("/").pop()!;

    await admin.goto(`/beheer/bijeenkomsten/${meetingId}/uitnodigen`);
    await admin.getByLabel("Alle deelnemers die dit jaar meedoen").uncheck();
    await admin.getByLabel(/Extra e-mailadressen/).fill(member);
    await admin.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(admin.getByText("De uitnodiging staat klaar voor 1 persoon")).toBeVisible();
    const invitation = await waitForMail(member, `Uitnodiging: ${title}`);
    const yes = invitation.text?.match(/https?:\/\/\S+\/antwoord\/\S+\?antwoord=ja/)?.[0];
    expect(new URL(yes!).origin).toBe(site);

    const inviteeContext = await newContext();
    const invitee = await inviteeContext.newPage();
    await invitee.goto(yes!);
    await invitee.getByRole("button", { name: "Ik kom", exact: true }).click();
    await expect(invitee.getByText("Genoteerd: je komt.")).toBeVisible();
    await expectLandedOn(invitee, new URL(yes!).pathname, site);
    expect(await query(`SELECT r.status FROM "Rsvp" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`, [member])).toEqual([{ status: "ATTENDING" }]);

    // The new member signs in later by link, and signs out: both land on the site.
    const laterContext = await newContext();
    const later = await laterContext.newPage();
    await signIn(later, member);
    // With the __Secure- session cookie, the kept meeting page carries this member's own answer.
    await expect
      .poll(async () => {
        const response = await later.goto(`/agenda/${(await query<{ slug: string }>(`SELECT slug FROM "Meeting" WHERE id = $1`, [meetingId]))[0]!.slug}`);
        return response?.headers()["x-cache"];
      })
      .toBe("HIT");
    await expect(later.getByRole("region", { name: "Kom je?" }).getByText("Je hebt laten weten dat je komt.")).toBeVisible();
    await later.getByRole("button", { name: "Uitloggen" }).click();
    await expectLandedOn(later, "/", site);

    for (const context of [visitorContext, secretaryContext, inviteeContext, laterContext]) await context.close();
  });
});
