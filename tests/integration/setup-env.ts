import { inject } from "vitest";

// Before any test module imports lib/db/client, point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
if (inject("embedded")) process.env.DATABASE_POOL_MAX = "1";
process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
process.env.SITE_URL = "https://wmo.test";
process.env.ADMIN_EMAILS = "secretaris@wmo.test";
delete process.env.SMTP_URL;
