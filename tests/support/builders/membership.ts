import type { Database } from "../../../lib/db/client";
import { currentYear } from "../../../lib/members/current-year";

/** The municipality takes part in `year` (this year in Amsterdam by default); a membership it already has is kept. */
export async function buildMembership(db: Database, { municipalityId, year = currentYear() }: { municipalityId: string; year?: number }) {
  await db.membership.createMany({ data: [{ municipalityId, year }], skipDuplicates: true });
}
