import "server-only";
import type { Database } from "../db/client";
import { municipalityOptions } from "../municipalities/municipality-options";
import { positionSelect } from "./queries";

/** A position as the public page shows it, with the person's e-mail address for the secretary. */
const adminPositionSelect = { ...positionSelect, user: { select: { name: true, email: true } } } as const;

/** Current and past positions with the people in them, and the municipalities to choose from: three queries. */
export async function loadAdminKernclub(db: Database) {
  const [current, past, municipalities] = await Promise.all([
    db.position.findMany({ where: { endedOn: null }, orderBy: [{ role: "asc" }, { sortOrder: "asc" }, { startedOn: "asc" }], select: adminPositionSelect }),
    db.position.findMany({ where: { endedOn: { not: null } }, orderBy: [{ endedOn: "desc" }, { role: "asc" }], select: adminPositionSelect }),
    municipalityOptions(db),
  ]);
  return { current, past, municipalities };
}

export type AdminPosition = Awaited<ReturnType<typeof loadAdminKernclub>>["current"][number];
