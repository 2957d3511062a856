import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { ensureMembership } from "../fees/ensure-membership";
import { queueMail } from "../mail/outbox";
import { addPersonalMembership } from "./manage-personal-membership";
import { type MunicipalityChoice, resolveMunicipality } from "./resolve-municipality";

export type ApproveResult =
  | { outcome: "approved" }
  | { outcome: "not-pending" }
  | { outcome: "not-confirmed" }
  | { outcome: "not-found" }
  | { outcome: "municipality-conflict"; existingName: string }
  | { outcome: "municipality-unknown" };

type Options = {
  actor: Actor;
  /** A message to the applicant, added to the approval mail. */
  message?: string | null;
  /** For a typed-in municipality: the secretary's choice. Without it, the typed name is created (or found by exact name). */
  municipality?: MunicipalityChoice;
};

/** Thrown inside the transaction to undo the approval when the municipality can't be settled. */
class MunicipalityNotSettled extends Error {
  constructor(readonly result: ApproveResult) {
    super(result.outcome);
  }
}

/**
 * Approves a pending application: a yearly member's municipality gets its membership and fee record for
 * the year (someone of a ministry, the VNG or another organisation their own membership), a guest gets an
 * RSVP for the chosen meeting; the applicant is mailed and the audit log records
 * it, all in one transaction. Only once the applicant has confirmed their e-mail address. Safe to call
 * twice or concurrently: the second call finds the application no longer pending.
 */
export async function approveApplication(db: Database, applicationId: string, { actor, message = null, municipality }: Options): Promise<ApproveResult> {
  let result: ApproveResult;
  try {
    result = await db.$transaction(async (tx): Promise<ApproveResult> => {
      const application = await tx.application.findUnique({
        where: { id: applicationId },
        select: {
          participation: true,
          year: true,
          meetingId: true,
          municipalityId: true,
          newMunicipalityName: true,
          confirmedAt: true,
          user: { select: { id: true, name: true, email: true, role: true, municipalityId: true, organisationType: true, admittedAt: true } },
        },
      });
      if (!application) return { outcome: "not-found" };
      // Until the applicant has opened this application's own link, anyone could have filed it under the address.
      if (!application.confirmedAt) return { outcome: "not-confirmed" };
      const claimed = await tx.application.updateMany({
        where: { id: applicationId, status: "PENDING" },
        data: { status: "APPROVED", decidedAt: new Date(), decisionMessage: message },
      });
      if (claimed.count === 0) return { outcome: "not-pending" };

      const { user } = application;
      let municipalityId = application.municipalityId;
      if (!municipalityId && application.newMunicipalityName) {
        const resolved = await resolveMunicipality(tx, municipality ?? { kind: "new", name: application.newMunicipalityName });
        if (resolved.outcome === "conflict") throw new MunicipalityNotSettled({ outcome: "municipality-conflict", existingName: resolved.existingName });
        if (resolved.outcome === "unknown") throw new MunicipalityNotSettled({ outcome: "municipality-unknown" });
        municipalityId = resolved.id;
        await tx.application.update({ where: { id: applicationId }, data: { municipalityId } });
        if (resolved.created) {
          await recordChange(tx, actor, {
            action: "municipality.create",
            entityType: "Municipality",
            entityId: municipalityId,
            entityLabel: application.newMunicipalityName,
            after: { name: application.newMunicipalityName },
          });
        }
      }
      await tx.user.update({
        where: { id: user.id },
        data: {
          municipalityId: user.municipalityId ?? municipalityId,
          admittedAt: user.admittedAt ?? new Date(),
          // Yearly participants become members; secretaries and kernclub keep their role.
          role: application.participation === "THIS_YEAR" && user.role === "GUEST" ? "MEMBER" : undefined,
        },
      });

      let participation: string;
      if (application.participation === "THIS_YEAR") {
        if (user.organisationType !== "MUNICIPALITY") await addPersonalMembership(tx, user.id, application.year);
        else if (municipalityId) await ensureMembership(tx, municipalityId, application.year);
        participation = `Je doet in ${application.year} mee met het netwerk.`;
      } else {
        if (application.meetingId) {
          await tx.rsvp.createMany({ data: [{ userId: user.id, meetingId: application.meetingId, status: "ATTENDING" }], skipDuplicates: true });
        }
        participation = "Je bent welkom als gast bij de bijeenkomst die je koos.";
      }
      await recordChange(tx, actor, {
        action: "application.approve",
        entityType: "Application",
        entityId: applicationId,
        entityLabel: user.name,
        before: { status: "PENDING" },
        after: { status: "APPROVED", municipalityId, message },
      });
      if (user.email) {
        await queueMail(tx, { to: user.email, template: "application-approved", data: { name: user.name, participation, message } });
      }
      return { outcome: "approved" };
    });
  } catch (error) {
    if (error instanceof MunicipalityNotSettled) return error.result;
    throw error;
  }
  return result;
}
