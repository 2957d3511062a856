import { randomUUID } from "node:crypto";
import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

/** A confirmed request for the versnellingstraject from Tilburg, new, with no conditions answered. */
export function buildAccelerationRequest(db: Database, overrides: Partial<Prisma.AccelerationRequestUncheckedCreateInput> = {}) {
  return db.accelerationRequest.create({
    data: {
      submissionId: randomUUID(),
      municipalityName: "Tilburg",
      contactName: "Anna de Vries",
      contactRole: "Beleidsadviseur",
      email: `anna-${uniqueTag()}@example.test`,
      question: "Een vraag over de transformatie.",
      client: "Directeur sociaal domein",
      conditions: [],
      confirmedAt: new Date(),
      ...overrides,
    },
  });
}
