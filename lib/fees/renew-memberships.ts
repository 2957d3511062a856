import "server-only";
import { recordChanges, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { queueMails } from "../mail/outbox";
import { annualFeeCents } from "./fee-amount";

export type RenewalResult = { municipalities: number; people: number; mails: number; withoutContact: string[] };

/** Serialises renewals: two at once for the same year would otherwise each mail part of a contact's municipalities. */
const RENEWAL_LOCK = 80_082;

/**
 * Starts `year`: every municipality that took part the year before gets this year's membership and fee record,
 * unless it leaves after that year; people with their own membership get theirs. Each invoicing contact gets
 * one message for all their municipalities. What exists already is left alone, so a second run creates nothing.
 */
export async function renewMemberships(db: Database, actor: Actor, year: number): Promise<RenewalResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RENEWAL_LOCK}::int, ${year}::int)`;
    const continuing = await tx.municipality.findMany({
      where: {
        memberships: { some: { year: year - 1 }, none: { year } },
        OR: [{ leavingAfterYear: null }, { leavingAfterYear: { gte: year } }],
      },
      select: { id: true, name: true, invoiceContactName: true, invoiceContactEmail: true },
      orderBy: { name: "asc" },
    });
    const amountCents = annualFeeCents();
    await tx.membership.createMany({ data: continuing.map(({ id }) => ({ municipalityId: id, year })), skipDuplicates: true });
    const fees = await tx.feeRecord.createManyAndReturn({
      data: continuing.map(({ id }) => ({ municipalityId: id, year, amountCents, currency: "EUR", status: "OPEN" as const })),
      skipDuplicates: true,
      select: { id: true, municipalityId: true },
    });
    const people = await tx.user.findMany({
      where: { deactivatedAt: null, memberships: { some: { year: year - 1 }, none: { year } } },
      select: { id: true, name: true, email: true },
    });
    await tx.personalMembership.createMany({ data: people.map(({ id }) => ({ userId: id, year })), skipDuplicates: true });

    const byContact = new Map<string, { contactName: string | null; municipalities: string[] }>();
    for (const municipality of continuing) {
      if (!municipality.invoiceContactEmail) continue;
      const entry = byContact.get(municipality.invoiceContactEmail) ?? { contactName: municipality.invoiceContactName, municipalities: [] };
      entry.municipalities.push(municipality.name);
      byContact.set(municipality.invoiceContactEmail, entry);
    }
    const mails = await queueMails(tx, [
      ...[...byContact].map(([to, { contactName, municipalities }]) => ({
        to,
        template: "membership-renewal" as const,
        data: { year, contactName, municipalities, amountCents },
        idempotencyKey: `renewal:${year}:contact:${to}`,
      })),
      ...people.flatMap(({ id, name, email }) =>
        email
          ? [
              {
                to: email,
                template: "membership-renewal" as const,
                data: { year, contactName: name, municipalities: [], amountCents: null },
                idempotencyKey: `renewal:${year}:person:${id}`,
              },
            ]
          : [],
      ),
    ]);

    const feeOf = new Map(fees.map((fee) => [fee.municipalityId, fee.id]));
    await recordChanges(tx, actor, [
      ...continuing.map((municipality) => ({
        action: "membership.renew",
        entityType: "Municipality" as const,
        entityId: municipality.id,
        entityLabel: municipality.name,
        after: { year, feeRecordId: feeOf.get(municipality.id) ?? null },
      })),
      ...people.map((person) => ({ action: "membership.renew", entityType: "User" as const, entityId: person.id, entityLabel: person.name, after: { year } })),
    ]);
    return {
      municipalities: continuing.length,
      people: people.length,
      mails,
      withoutContact: continuing.filter((municipality) => !municipality.invoiceContactEmail).map((municipality) => municipality.name),
    };
  });
}
