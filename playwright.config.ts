import { defineConfig } from "@playwright/test";
import { compiledEntry } from "./scripts/entry-points.mjs";
import { chromiumArgs, chromiumPath } from "./tests/support/chromium";
import { adminAreaSecretaryEmail, baseURL, deploymentSettings, embeddedDbPort, secretaryEmail, sitePort, smtpApiPort, smtpPort } from "./tests/support/e2e-env";

// Scripts and the processes the specs start resolve "server-only" to an empty module (scripts/server-only-stub.ts).
process.env.TSX_TSCONFIG_PATH ??= "scripts/tsconfig.json";

// The site under test runs on TEST_DATABASE_URL when set, otherwise on a fresh in-memory embedded database.
const databaseEnv: Record<string, string> = process.env.TEST_DATABASE_URL
  ? { DATABASE_URL: process.env.TEST_DATABASE_URL }
  : { DATABASE_URL: "", EMBEDDED_DB_DIR: "memory", EMBEDDED_DB_PORT: String(embeddedDbPort) };

export default defineConfig({
  testDir: "tests/e2e",
  // The specs import a few lib/ helpers (answer links): "server-only" is the empty module for them too.
  tsconfig: "scripts/tsconfig.json",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // A hang guard, not a speed check: the long flows (sign-up, confirmation, sign-in, approval, mail) came to 30 s
  // under CI load on two cores.
  timeout: 60_000,
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      command: "npx tsx tests/support/smtp-sink.ts",
      url: `http://127.0.0.1:${smtpApiPort}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // As `npm start` runs it after building (the suite builds first: package.json "test"): compiled, with plain node.
      command: `node ${compiledEntry("start")}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      env: {
        ...databaseEnv,
        PORT: String(sitePort),
        ...deploymentSettings,
        SITE_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "Wmo transformatienetwerk <noreply@e2e.example>",
        ADMIN_EMAILS: `${secretaryEmail},${adminAreaSecretaryEmail}`,
        AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
        // The specs answer for upcoming demo meetings, also on a configured PostgreSQL.
        SEED_DEMO: "true",
        // Fixtures written straight into the database renew the cached pages; the next request must see them.
        PAGE_CACHE_SYNC_MS: "0",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
