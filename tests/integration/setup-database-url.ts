import { inject } from "vitest";

// Before any test module imports lib/db/client, point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
