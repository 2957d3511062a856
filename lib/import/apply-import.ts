import "server-only";
import { randomUUID } from "node:crypto";
import { type Actor, type AuditEntityType, recordChange, recordChangesInBulk } from "../audit/record-change";
import type { Database } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { PositionRole } from "../db/generated/enums";
import { ensureMemberships } from "../fees/ensure-membership";
import { localDateKey } from "../format/dates";
import { queueMails } from "../mail/outbox";
import { positionRoleLabels } from "../kernclub/position-role";
import type { ImportPlan, MunicipalityRef, PersonRef } from "./import-plan";
import type { PendingImport } from "./pending-import";
import { previewImport } from "./preview-import";
import { insertMunicipalities, insertPeople, insertPositions, updateMunicipalities, updatePeople } from "./write-import-rows";

export type ImportSummary = {
  file: string;
  overwrite: boolean;
  welcome: boolean;
  people: { created: number; updated: number; unchanged: number; skipped: number };
  municipalities: { created: number; updated: number; unchanged: number; skipped: number };
  memberships: number;
  positions: number;
  welcomeMails: number;
};

export type ApplyResult = { outcome: "done"; importId: string; summary: ImportSummary } | { outcome: "changed" };

class Changed extends Error {}

type Change = { action: string; entityType: AuditEntityType; entityId: string; entityLabel: string; before?: unknown; after?: unknown };

/** Writes the plan's records and a log entry per record, in a constant number of statements. */
async function writePlan(tx: Prisma.TransactionClient, actor: Actor, plan: ImportPlan, today: string) {
  const { writes } = plan;
  const changes: Change[] = [];
  const municipalityIds = new Map(writes.newMunicipalities.map((municipality) => [municipality.key, randomUUID()]));
  const municipalityId = (ref: MunicipalityRef | null) => (ref === null ? null : "id" in ref ? ref.id : municipalityIds.get(ref.key)!);
  const personIds = new Map(writes.newPeople.map((person) => [person.email, randomUUID()]));
  const personId = (ref: PersonRef) => ("id" in ref ? ref.id : personIds.get(ref.email)!);

  await insertMunicipalities(
    tx,
    writes.newMunicipalities.map((municipality) => ({ id: municipalityIds.get(municipality.key)!, slug: municipality.slug, ...municipality.values })),
  );
  for (const municipality of writes.newMunicipalities) {
    changes.push({
      action: "municipality.create",
      entityType: "Municipality",
      entityId: municipalityIds.get(municipality.key)!,
      entityLabel: municipality.values.name,
      after: municipality.values,
    });
  }
  await updateMunicipalities(
    tx,
    writes.municipalityUpdates.map((update) => ({ id: update.id, changes: update.set })),
  );
  for (const update of writes.municipalityUpdates) {
    changes.push({
      action: "municipality.update",
      entityType: "Municipality",
      entityId: update.id,
      entityLabel: update.label,
      before: update.before,
      after: update.after,
    });
  }

  await insertPeople(
    tx,
    writes.newPeople.map(({ municipality, ...person }) => ({ ...person, id: personIds.get(person.email)!, municipalityId: municipalityId(municipality) })),
  );
  for (const { municipality, ...person } of writes.newPeople) {
    changes.push({
      action: "user.create",
      entityType: "User",
      entityId: personIds.get(person.email)!,
      entityLabel: person.name,
      after: { ...person, municipalityId: municipalityId(municipality), admitted: true },
    });
  }
  await updatePeople(
    tx,
    writes.personUpdates.map(({ id, set: { municipality, ...set } }) => ({
      id,
      changes: municipality === undefined ? set : { ...set, municipalityId: municipalityId(municipality) },
    })),
  );
  for (const update of writes.personUpdates) {
    changes.push({ action: "user.update", entityType: "User", entityId: update.id, entityLabel: update.label, before: update.before, after: update.after });
  }

  const positions = await insertPositions(
    tx,
    writes.positions.map((position) => ({
      id: randomUUID(),
      userId: personId(position.person),
      role: position.role,
      municipalityId: municipalityId(position.municipality),
      startedOn: today,
    })),
  );
  const labels = new Map(writes.positions.map((position) => [`${personId(position.person)}:${position.role}`, position.label]));
  for (const position of positions) {
    const role = position.role as PositionRole;
    changes.push({
      action: "position.create",
      entityType: "Position",
      entityId: position.id,
      entityLabel: `${positionRoleLabels[role]}: ${labels.get(`${position.userId}:${role}`) ?? ""}`,
      after: { userId: position.userId, role, startedOn: today },
    });
  }

  const names = new Map(writes.memberships.map((membership) => [`${municipalityId(membership.municipality)}:${membership.year}`, membership.label]));
  const fees = await ensureMemberships(
    tx,
    writes.memberships.map((membership) => ({ municipalityId: municipalityId(membership.municipality)!, year: membership.year })),
  );
  for (const fee of fees) {
    const name = names.get(`${fee.municipalityId}:${fee.year}`) ?? "";
    changes.push({
      action: "fee.create",
      entityType: "FeeRecord",
      entityId: fee.id,
      entityLabel: `${name} ${fee.year}`,
      after: { year: fee.year, amountCents: fee.amountCents, membership: true },
    });
  }
  await recordChangesInBulk(tx, actor, changes);
  return { personIds, fees: fees.length, positions: positions.length };
}

/**
 * Confirms an import: plans it again inside one transaction (under a lock, so two imports never interleave) and
 * writes it only if the plan is exactly the one the secretary saw (`fingerprint`); then all of it or nothing, with
 * a log entry per record, one for the import, and the welcome mails if chosen.
 */
export async function applyImport(
  db: Database,
  actor: Actor,
  pending: PendingImport,
  { fingerprint, welcome, now = new Date() }: { fingerprint: string; welcome: boolean; now?: Date },
): Promise<ApplyResult> {
  try {
    return await db.$transaction(
      async (tx): Promise<ApplyResult> => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('wmo-transformatienetwerk:import'))`);
        const plan = await previewImport(tx, pending, now);
        if (plan.fingerprint !== fingerprint) throw new Changed();
        const { personIds, fees, positions } = await writePlan(tx, actor, plan, localDateKey(now));
        const mails = welcome
          ? await queueMails(
              tx,
              plan.writes.newPeople.map((person) => {
                const id = personIds.get(person.email)!;
                return { to: person.email, template: "welcome", data: { name: person.name }, aboutUserId: id, idempotencyKey: `welcome:${id}` };
              }),
            )
          : 0;
        const { people, municipalities } = plan.counts;
        const summary: ImportSummary = {
          file: pending.fileName,
          overwrite: pending.overwrite,
          welcome,
          people: { created: people.create, updated: people.update, unchanged: people.unchanged, skipped: people.skip },
          municipalities: { created: municipalities.create, updated: municipalities.update, unchanged: municipalities.unchanged, skipped: municipalities.skip },
          memberships: fees,
          positions,
          welcomeMails: mails,
        };
        await recordChange(tx, actor, { action: "import.run", entityType: "Import", entityId: pending.id, entityLabel: pending.fileName, after: summary });
        return { outcome: "done", importId: pending.id, summary };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    // Changed since the preview, or someone added the same address or name in between: the secretary looks again.
    if (error instanceof Changed) return { outcome: "changed" };
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      (error.code === "P2002" || (error.code === "P2010" && JSON.stringify(error.meta).includes("23505")))
    ) {
      return { outcome: "changed" };
    }
    throw error;
  }
}
