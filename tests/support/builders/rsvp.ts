import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";

type RsvpOverrides = Partial<Prisma.RsvpUncheckedCreateInput> & Pick<Prisma.RsvpUncheckedCreateInput, "userId" | "meetingId">;

/** The person's answer to the meeting: coming, unless `status` says otherwise. */
export function buildRsvp(db: Database, overrides: RsvpOverrides) {
  return db.rsvp.create({ data: { status: "ATTENDING", ...overrides } });
}
