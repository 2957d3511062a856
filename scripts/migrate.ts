import { applyMigrations } from "../lib/db/migrate";
import { withDatabase } from "./with-database";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Database is bij: geen migraties toe te passen.");
});
