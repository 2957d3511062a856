import { formatShortDate } from "@/lib/format/dates";
import { invoiceKindLabels } from "@/lib/fees/labels";
import type { FeePage } from "@/lib/fees/load-fee";

/** Every invoice and credit note of the record, oldest first, with its documents: the e-invoice only where it can be made. */
export function InvoicesList({ invoices }: { invoices: FeePage["invoices"] }) {
  if (!invoices.length) return <p>Nog geen factuur.</p>;
  return (
    <ul className="space-y-3">
      {invoices.map((invoice) => (
        <li key={invoice.id} className="rounded border border-neutral-300 p-3">
          <p className="font-semibold">
            {invoiceKindLabels[invoice.kind]} {invoice.number} van {formatShortDate(invoice.issuedOn)}
          </p>
          <p>
            {invoice.kind === "INVOICE" ? `Te betalen vóór ${formatShortDate(invoice.dueOn)}. ` : `Crediteert factuur ${invoice.creditsInvoice?.number}. `}
            {invoice.sentAt ? `Verstuurd op ${formatShortDate(invoice.sentAt)}.` : "Niet per e-mail verstuurd."}
            {invoice.creditNote && ` Gecrediteerd met creditnota ${invoice.creditNote.number}.`}
          </p>
          {invoice.reason && <p>Reden: {invoice.reason}</p>}
          <p className="mt-1 flex flex-wrap gap-4">
            <a href={`/beheer/bijdragen/facturen/${invoice.id}/pdf`}>
              Pdf van {invoiceKindLabels[invoice.kind].toLowerCase()} {invoice.number}
            </a>
            {!invoice.eInvoiceRefusal && <a href={`/beheer/bijdragen/facturen/${invoice.id}/ubl`}>E-factuur (UBL) van {invoice.number}</a>}
          </p>
          {invoice.eInvoiceRefusal && <p className="mt-1 text-sm">Geen e-factuur (UBL) mogelijk. {invoice.eInvoiceRefusal}</p>}
        </li>
      ))}
    </ul>
  );
}
