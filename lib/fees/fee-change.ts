import "server-only";
import { recordChange, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type FeeAction, isAllowed, refusalOf } from "./fee-transitions";
import { invoicedMunicipalitySelect } from "./invoiced-municipality";

type Tx = Prisma.TransactionClient;

export type FeeChangeResult = { outcome: "done" } | { outcome: "refused"; field: string; message: string };

const lockedFeeSelect = {
  id: true,
  year: true,
  status: true,
  amountCents: true,
  currency: true,
  remindedAt: true,
  municipality: { select: invoicedMunicipalitySelect },
} as const;

export type LockedFee = Prisma.FeeRecordGetPayload<{
  select: typeof lockedFeeSelect;
}>;

/** What an action did, for the audit log. */
export type FeeChange = { after: Record<string, unknown> };
export type FeeRefusal = { refused: string; field?: string };

/** The address invoices and reminders go to, or the refusal that asks for it first. */
export function invoicingContact(fee: LockedFee): { to: string } | FeeRefusal {
  const to = fee.municipality.invoiceContactEmail;
  return to ? { to } : { refused: `Vul eerst het e-mailadres voor facturen van gemeente ${fee.municipality.name} in.` };
}

export const notFound: FeeChangeResult = {
  outcome: "refused",
  field: "id",
  message: "Deze bijdrage bestaat niet (meer).",
};

/**
 * Runs one action on one fee record in a transaction: the record is locked first, so two secretaries (or a
 * double click) act one after the other and the second sees the first's status; an action the status does not
 * allow is refused before anything is written; the change and its audit entry stand or fall together.
 */
export async function changeFee(
  db: Database,
  actor: Actor,
  feeRecordId: string,
  action: FeeAction,
  apply: (tx: Tx, fee: LockedFee) => Promise<FeeChange | FeeRefusal>,
): Promise<FeeChangeResult> {
  try {
    return await db.$transaction((tx) => changeLockedFee(tx, actor, feeRecordId, action, apply));
  } catch (error) {
    if (error instanceof Refused) return { outcome: "refused", field: error.field, message: error.message };
    throw error;
  }
}

/** Thrown to roll back whatever an action wrote before it found it could not go on. */
class Refused extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

async function changeLockedFee(
  tx: Tx,
  actor: Actor,
  feeRecordId: string,
  action: FeeAction,
  apply: (tx: Tx, fee: LockedFee) => Promise<FeeChange | FeeRefusal>,
): Promise<FeeChangeResult> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "FeeRecord" WHERE id = ${feeRecordId} FOR UPDATE`;
  if (!locked.length) return notFound;
  const fee = await tx.feeRecord.findUniqueOrThrow({
    where: { id: feeRecordId },
    select: lockedFeeSelect,
  });
  if (!isAllowed(action, fee.status))
    return {
      outcome: "refused",
      field: "id",
      message: refusalOf(action, fee.status),
    };
  const result = await apply(tx, fee);
  if ("refused" in result) throw new Refused(result.refused, result.field ?? "id");
  await recordChange(tx, actor, {
    action: `fee.${action}`,
    entityType: "FeeRecord",
    entityId: fee.id,
    entityLabel: feeLabel(fee.municipality.name, fee.year),
    before: { status: fee.status },
    after: result.after,
  });
  return { outcome: "done" };
}

export function feeLabel(municipalityName: string, year: number) {
  return `${municipalityName} ${year}`;
}
