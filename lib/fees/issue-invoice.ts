import type { Prisma } from "../db/generated/client";
import { addDays, dateOfKey, todayKey } from "./calendar-dates";
import type { FeeRefusal, LockedFee } from "./fee-change";
import type { BuyerDetails } from "./invoice-snapshot";
import { allocateInvoiceNumber } from "./invoice-number";
import { sellerDetails } from "./invoicing-config";

type Tx = Prisma.TransactionClient;

export function feeDescription(year: number) {
  return `Organisatiekosten Wmo transformatienetwerk ${year}`;
}

export function buyerOf(municipality: LockedFee["municipality"]): BuyerDetails {
  return {
    name: municipality.name,
    contactName: municipality.invoiceContactName,
    contactEmail: municipality.invoiceContactEmail,
    street: municipality.invoiceStreet,
    postcode: municipality.invoicePostcode,
    city: municipality.invoiceCity,
    purchaseOrderNumber: municipality.purchaseOrderNumber,
    oin: municipality.oin,
  };
}

/**
 * Issues the invoice for a locked fee record: the next number of this year's series, today's date, the due date
 * after the configured payment term, and the buyer's and seller's details as they are now. The caller moves the
 * record to "invoiced" in the same transaction.
 */
export async function issueInvoice(tx: Tx, fee: LockedFee, now = new Date()): Promise<{ id: string; number: string } | FeeRefusal> {
  const { municipality } = fee;
  if (!municipality.invoiceContactEmail || !municipality.invoiceStreet || !municipality.invoicePostcode || !municipality.invoiceCity) {
    return {
      refused: `Vul eerst het factuuradres (straat en huisnummer, postcode en plaats) en het e-mailadres voor facturen van gemeente ${municipality.name} in.`,
    };
  }
  const seller = sellerDetails();
  const issuedOn = todayKey(now);
  const number = await allocateInvoiceNumber(tx, Number(issuedOn.slice(0, 4)));
  return tx.invoice.create({
    data: {
      number,
      kind: "INVOICE",
      feeRecordId: fee.id,
      issuedOn: dateOfKey(issuedOn),
      dueOn: dateOfKey(addDays(issuedOn, seller.paymentTermDays)),
      amountCents: fee.amountCents,
      currency: fee.currency,
      description: feeDescription(fee.year),
      buyer: buyerOf(municipality),
      seller,
      withEInvoice: municipality.wantsEInvoice,
    },
    select: { id: true, number: true },
  });
}

/** The invoice that stands: the newest one no credit note has cancelled. */
export function currentInvoice(tx: Tx, feeRecordId: string) {
  return tx.invoice.findFirst({
    where: { feeRecordId, kind: "INVOICE", creditNote: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      dueOn: true,
      sentAt: true,
      withEInvoice: true,
      amountCents: true,
      currency: true,
      description: true,
      buyer: true,
      seller: true,
    },
  });
}
