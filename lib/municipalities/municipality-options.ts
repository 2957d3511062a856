import "server-only";
import type { Database } from "../db/client";

/** All municipalities for a select, by name. */
export async function municipalityOptions(db: Database) {
  const rows = await db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((row) => ({ value: row.id, label: row.name }));
}
