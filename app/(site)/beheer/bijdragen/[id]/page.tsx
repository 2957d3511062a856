import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { FeeRecordActions } from "@/components/fees/fee-record-actions";
import { InvoicesList } from "@/components/fees/invoices-list";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatShortDate } from "@/lib/format/dates";
import { formatEurosWithCents } from "@/lib/format/money";
import { todayKey } from "@/lib/fees/calendar-dates";
import { feeNoticeOf } from "@/lib/fees/fee-notices";
import { feeStatusLabels } from "@/lib/fees/labels";
import { loadFee } from "@/lib/fees/load-fee";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Bijdrage" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function FeePage({ params, searchParams }: Props) {
  const fee = await requireRecord(params, "/beheer/bijdragen/[id]", (id) => loadFee(db, id));
  const { municipality } = fee;
  const notice = feeNoticeOf(param(await searchParams, "gedaan"), fee);
  return (
    <>
      <p className="mb-4">
        <Link href={`/beheer/bijdragen?jaar=${fee.year}`}>Terug naar Bijdragen {fee.year}</Link>
      </p>
      <PageHeader title={`Bijdrage ${fee.year}: gemeente ${municipality.name}`} />
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Bedrag</dt>
        <dd>{formatEurosWithCents(fee.amountCents)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {feeStatusLabels[fee.status]}
          {fee.paidOn && ` op ${formatShortDate(fee.paidOn)}`}
          {fee.overdueDays > 0 && `, ${fee.overdueDays} ${fee.overdueDays === 1 ? "dag" : "dagen"} te laat`}
          {fee.reminderCount > 0 && fee.remindedAt && `; ${fee.reminderCount}× herinnerd, laatst op ${formatShortDate(fee.remindedAt)}`}
        </dd>
        {fee.waivedReason && (
          <>
            <dt className="font-semibold">Reden kwijtschelding</dt>
            <dd>{fee.waivedReason}</dd>
          </>
        )}
        <dt className="font-semibold">Factuur aan</dt>
        <dd className="whitespace-pre-line">
          {[municipality.invoiceContactName, municipality.invoiceContactEmail, municipality.invoiceAddress].filter(Boolean).join("\n") ||
            "Nog geen factuurgegevens."}
        </dd>
        <dt className="font-semibold">Opdrachtnummer</dt>
        <dd>{municipality.purchaseOrderNumber ?? "—"}</dd>
      </dl>
      <p className="mt-2">
        <Link href={`/beheer/gemeenten/${municipality.id}#gegevens`}>Factuurgegevens van gemeente {municipality.name} wijzigen</Link>
      </p>
      <Section id="acties" title="Acties">
        <FeeRecordActions id={fee.id} status={fee.status} invoiceSent={!!fee.standing?.sentAt} wantsEInvoice={municipality.wantsEInvoice} today={todayKey()} />
      </Section>
      <Section id="facturen" title="Facturen en creditnota's">
        <InvoicesList invoices={fee.invoices} />
      </Section>
      <Section id="geschiedenis" title="Geschiedenis">
        <AuditList entries={fee.history} />
      </Section>
    </>
  );
}
