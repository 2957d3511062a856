import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Database } from "../db/client";
import { keyOfDate } from "./calendar-dates";
import { buyerOfSnapshot, type InvoiceDocument, type SellerDetails } from "./invoice-snapshot";

const invoiceSelect = {
  id: true,
  number: true,
  kind: true,
  issuedOn: true,
  dueOn: true,
  amountCents: true,
  description: true,
  reason: true,
  buyer: true,
  seller: true,
  withEInvoice: true,
  creditsInvoice: { select: { number: true, issuedOn: true } },
} as const;

type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSelect }>;

/** An issued invoice or credit note as its PDF and e-invoice show it: exactly the details copied in when it was issued. */
export async function loadInvoiceDocument(db: Prisma.TransactionClient | Database, invoiceId: string) {
  const row = await db.invoice.findUnique({ where: { id: invoiceId }, select: invoiceSelect });
  return row ? { document: documentOf(row), withEInvoice: row.withEInvoice } : null;
}

function documentOf(row: InvoiceRow): InvoiceDocument {
  return {
    kind: row.kind,
    number: row.number,
    issuedOn: keyOfDate(row.issuedOn),
    dueOn: keyOfDate(row.dueOn),
    amountCents: row.amountCents,
    currency: "EUR",
    description: row.description,
    reason: row.reason,
    credits: row.creditsInvoice ? { number: row.creditsInvoice.number, issuedOn: keyOfDate(row.creditsInvoice.issuedOn) } : null,
    buyer: buyerOfSnapshot(row.buyer),
    seller: row.seller as SellerDetails,
  };
}

/** File names as the municipality's accounts payable will see them. */
export function invoiceFileName(document: Pick<InvoiceDocument, "kind" | "number">, extension: "pdf" | "xml") {
  return `${document.kind === "CREDIT_NOTE" ? "creditnota" : "factuur"}-wmo-transformatienetwerk-${document.number}.${extension}`;
}
