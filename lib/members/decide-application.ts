import "server-only";
import type { Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { approveApplication } from "./approve-application";
import { type DecideApplicationInput, NEW_MUNICIPALITY } from "./decide-application-schema";
import { rejectApplication } from "./reject-application";

export type DecideResult = { outcome: "approved" | "rejected" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

const refusals = {
  "not-found": { applicationId: "Deze aanmelding bestaat niet (meer)." },
  "not-pending": { applicationId: "Over deze aanmelding is al besloten." },
  "not-confirmed": { decision: "De aanvrager heeft het e-mailadres nog niet bevestigd. Goedkeuren kan pas daarna; afwijzen kan wel." },
  "municipality-unknown": { municipalityId: "Kies een gemeente uit de lijst." },
} as const;

/** Approves or rejects from the admin form; a typed-in municipality needs the secretary's explicit choice. */
export async function decideApplication(db: Database, input: DecideApplicationInput, actor: Actor): Promise<DecideResult> {
  if (input.decision === "reject") {
    const result = await rejectApplication(db, input.applicationId, { actor, message: input.message });
    return result.outcome === "rejected" ? result : { outcome: "invalid", fieldErrors: refusals[result.outcome] };
  }
  const application = await db.application.findUnique({ where: { id: input.applicationId }, select: { municipalityId: true, newMunicipalityName: true } });
  if (!application) return { outcome: "invalid", fieldErrors: refusals["not-found"] };
  const typedIn = !application.municipalityId && application.newMunicipalityName;
  if (typedIn && !input.municipalityId) {
    return { outcome: "invalid", fieldErrors: { municipalityId: "Kies of je een nieuwe gemeente aanmaakt of een bestaande gemeente kiest." } };
  }
  const municipality = !typedIn
    ? undefined
    : input.municipalityId === NEW_MUNICIPALITY
      ? { kind: "new" as const, name: input.newMunicipalityName ?? application.newMunicipalityName! }
      : { kind: "existing" as const, id: input.municipalityId! };
  const result = await approveApplication(db, input.applicationId, { actor, message: input.message, municipality });
  if (result.outcome === "approved") return result;
  if (result.outcome === "municipality-conflict") {
    return {
      outcome: "invalid",
      fieldErrors: {
        newMunicipalityName: `Deze naam lijkt te veel op de bestaande gemeente ${result.existingName}. Kies die gemeente in de lijst, of kies een andere naam.`,
      },
    };
  }
  return { outcome: "invalid", fieldErrors: refusals[result.outcome] };
}
