import { embeddedUrl } from "../../lib/db/embedded-postgres";

// Ports and addresses shared by playwright.config.ts and the end-to-end tests.
export const sitePort = Number(process.env.E2E_PORT ?? 3210);
export const embeddedDbPort = sitePort + 1;
export const smtpPort = sitePort + 2;
export const smtpApiPort = sitePort + 3;
export const baseURL = `http://localhost:${sitePort}`;
export const secretaryEmail = "secretaris@e2e.example";
/** A second ADMIN_EMAILS address, so the admin-area test signs in by link without racing accounts.spec.ts for the newest mail. */
export const adminAreaSecretaryEmail = "beheer@e2e.example";

/** The database the site under test uses: TEST_DATABASE_URL, or its in-memory embedded one. */
export const e2eDatabaseUrl = process.env.TEST_DATABASE_URL || embeddedUrl(embeddedDbPort);
