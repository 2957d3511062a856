import { randomUUID } from "node:crypto";
import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { currentYear } from "../../../lib/members/current-year";

type ApplicationOverrides = Partial<Prisma.ApplicationUncheckedCreateInput> & Pick<Prisma.ApplicationUncheckedCreateInput, "userId">;

/** The person's sign-up for this year, waiting for the secretary (and unconfirmed unless `confirmedAt` is given). */
export function buildApplication(db: Database, overrides: ApplicationOverrides) {
  return db.application.create({ data: { submissionId: randomUUID(), participation: "THIS_YEAR", year: currentYear(), ...overrides } });
}
