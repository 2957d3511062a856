import "server-only";
import { latestAuditEntries } from "../audit/list-audit-entries";
import type { Database } from "../db/client";
import { overdueDays, todayKey } from "./calendar-dates";
import { eInvoiceRefusal } from "./einvoice-refusal";
import { feeFieldsSelect } from "./fee-fields-select";
import { addressLines, buyerOfSnapshot, type SellerDetails } from "./invoice-snapshot";
import { invoicedMunicipalitySelect } from "./invoiced-municipality";

/** Everything a fee record's admin page shows, in a fixed number of queries: the record, its documents, its history. */
export async function loadFee(db: Database, id: string, now = new Date()) {
  const [fee, history] = await Promise.all([
    db.feeRecord.findUnique({
      where: { id },
      select: {
        ...feeFieldsSelect,
        remindedAt: true,
        municipality: { select: invoicedMunicipalitySelect },
        invoices: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            number: true,
            kind: true,
            issuedOn: true,
            dueOn: true,
            sentAt: true,
            withEInvoice: true,
            reason: true,
            creditNote: { select: { number: true } },
            creditsInvoice: { select: { number: true } },
            buyer: true,
            seller: true,
          },
        },
      },
    }),
    latestAuditEntries(db, { entityType: "FeeRecord", entityId: id }, 50),
  ]);
  if (!fee) return null;
  // Each document says whether it can be an e-invoice, from the details it was issued with.
  const invoices = fee.invoices.map(({ buyer, seller, ...invoice }) => ({
    ...invoice,
    eInvoiceRefusal: eInvoiceRefusal({ buyer: buyerOfSnapshot(buyer), seller: seller as SellerDetails }),
  }));
  const { invoiceStreet: street, invoicePostcode: postcode, invoiceCity: city } = fee.municipality;
  // The invoicing address as the invoice prints it, over two lines.
  const municipality = { ...fee.municipality, invoiceAddress: addressLines({ street, postcode, city }).join("\n") || null };
  const standing = invoices.findLast((invoice) => invoice.kind === "INVOICE" && !invoice.creditNote) ?? null;
  return { ...fee, municipality, invoices, standing, overdueDays: overdueDays(fee.status, standing?.dueOn, todayKey(now)), history };
}

export type FeePage = NonNullable<Awaited<ReturnType<typeof loadFee>>>;
