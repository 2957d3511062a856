import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { FeeStatus } from "../db/generated/enums";
import { ensureMembership } from "../fees/ensure-membership";
import { feeLabel } from "../fees/fee-change";

export type GiveParticipationResult = { outcome: "given" | "unchanged"; name: string } | { outcome: "not-found" };
export type EndParticipationResult =
  | { outcome: "ended"; name: string; years: number[]; waived: number[]; keptFees: { year: number; status: FeeStatus }[] }
  | { outcome: "unchanged"; name: string }
  | { outcome: "not-found" };

/**
 * The secretary lets a municipality take part in `year`: its membership and € 500 fee record, made once (as an
 * approved sign-up does), with an audit entry. A municipality that was leaving earlier stays from then on.
 */
export function giveParticipation(db: Database, actor: Actor, municipalityId: string, year: number): Promise<GiveParticipationResult> {
  return db.$transaction(async (tx): Promise<GiveParticipationResult> => {
    const municipality = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { name: true, leavingAfterYear: true } });
    if (!municipality) return { outcome: "not-found" };
    if (await tx.membership.count({ where: { municipalityId, year } })) return { outcome: "unchanged", name: municipality.name };
    await ensureMembership(tx, municipalityId, year);
    const stillLeaving = municipality.leavingAfterYear !== null && municipality.leavingAfterYear < year;
    if (stillLeaving) await tx.municipality.update({ where: { id: municipalityId }, data: { leavingAfterYear: null } });
    await recordChange(tx, actor, {
      action: "municipality.participation.give",
      entityType: "Municipality",
      entityId: municipalityId,
      entityLabel: municipality.name,
      after: { year, ...(stillLeaving ? { leavingAfterYear: null } : {}) },
    });
    return { outcome: "given", name: municipality.name };
  });
}

/**
 * The municipality no longer takes part from `fromYear` on: those years' memberships go, an open fee record of
 * such a year is waived with that reason (never deleted), and the yearly renewal stops after the year before.
 * Invoiced or paid fees stay as they are: an invoice is undone with a credit note, a payment is refunded by hand.
 */
export function endParticipation(db: Database, actor: Actor, municipalityId: string, fromYear: number): Promise<EndParticipationResult> {
  return db.$transaction(async (tx): Promise<EndParticipationResult> => {
    const municipality = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { name: true, leavingAfterYear: true } });
    if (!municipality) return { outcome: "not-found" };
    const memberships = await tx.membership.findMany({ where: { municipalityId, year: { gte: fromYear } }, select: { year: true }, orderBy: { year: "asc" } });
    const leavingAfterYear = fromYear - 1;
    if (!memberships.length && municipality.leavingAfterYear !== null && municipality.leavingAfterYear <= leavingAfterYear) {
      return { outcome: "unchanged", name: municipality.name };
    }
    await tx.membership.deleteMany({ where: { municipalityId, year: { gte: fromYear } } });
    const fees = await tx.feeRecord.findMany({ where: { municipalityId, year: { gte: fromYear } }, select: { id: true, year: true, status: true } });
    const open = fees.filter((fee) => fee.status === "OPEN");
    const reason = `Gemeente ${municipality.name} doet niet meer mee vanaf ${fromYear}.`;
    await tx.feeRecord.updateMany({ where: { id: { in: open.map((fee) => fee.id) } }, data: { status: "WAIVED", waivedReason: reason } });
    for (const fee of open) {
      await recordChange(tx, actor, {
        action: "fee.waive",
        entityType: "FeeRecord",
        entityId: fee.id,
        entityLabel: feeLabel(municipality.name, fee.year),
        before: { status: "OPEN" },
        after: { status: "WAIVED", reason },
      });
    }
    await tx.municipality.update({ where: { id: municipalityId }, data: { leavingAfterYear } });
    const years = memberships.map((membership) => membership.year);
    const waived = open.map((fee) => fee.year).sort();
    const keptFees = fees.filter((fee) => fee.status !== "OPEN" && fee.status !== "WAIVED").map(({ year, status }) => ({ year, status }));
    await recordChange(tx, actor, {
      action: "municipality.participation.end",
      entityType: "Municipality",
      entityId: municipalityId,
      entityLabel: municipality.name,
      before: { years, leavingAfterYear: municipality.leavingAfterYear },
      after: { fromYear, leavingAfterYear, waivedFeeYears: waived },
    });
    return { outcome: "ended", name: municipality.name, years, waived, keptFees };
  });
}
