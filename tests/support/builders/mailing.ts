import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

/** A draft mailing of the test's own, to the kernclub. */
export function buildMailing(db: Database, overrides: Partial<Prisma.MailingUncheckedCreateInput> = {}) {
  return db.mailing.create({
    data: {
      subject: `Testbericht ${uniqueTag()}`,
      body: "Een bericht voor de test.",
      audience: { everyone: false, municipalityId: null, kernclub: true, meetingId: null, meetingGroup: null, extraEmails: [] },
      ...overrides,
    },
  });
}
