import { embeddedUrl } from "../../lib/db/embedded-postgres";

// Ports and addresses shared by playwright.config.ts and the end-to-end tests.
export const sitePort = Number(process.env.E2E_PORT ?? 3210);
export const embeddedDbPort = sitePort + 1;
export const smtpPort = sitePort + 2;
export const smtpApiPort = sitePort + 3;
/** Not localhost: the site must send every link and redirect to SITE_URL, whatever address it listens on. */
export const baseURL = `http://127.0.0.1:${sitePort}`;
export const secretaryEmail = "secretaris@e2e.example";
/** A second ADMIN_EMAILS address, so the admin-area test signs in by link without racing accounts.spec.ts for the newest mail. */
export const adminAreaSecretaryEmail = "beheer@e2e.example";

/** The database the site under test uses: TEST_DATABASE_URL, or its in-memory embedded one. */
export const e2eDatabaseUrl = process.env.TEST_DATABASE_URL || embeddedUrl(embeddedDbPort);

/**
 * What a real deployment must set besides DATABASE_URL (lib/site/production-settings.ts), for the sites the tests
 * start: the network's address and invoicing details, none of them the trial's placeholders.
 */
export const deploymentSettings = {
  CONTACT_EMAIL: "secretariaat@e2e.example",
  INVOICE_SELLER_STREET: "Stationsplein 1",
  INVOICE_SELLER_POSTCODE: "3511 ED",
  INVOICE_SELLER_CITY: "Utrecht",
  INVOICE_IBAN: "NL02ABNA0123456789",
  INVOICE_KVK_NUMBER: "12345678",
};
