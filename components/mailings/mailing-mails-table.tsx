import { type Column, DataTable } from "@/components/admin/data-table";
import { resendColumn } from "@/components/admin/resend-column";
import { mailStatusLabels } from "@/lib/mail/mail-status";
import { resendMailingMailAction } from "@/lib/mailings/admin-actions";
import type { MailingMailRow } from "@/lib/mailings/queries";

function columns(mailingId: string): Column<MailingMailRow>[] {
  return [
    { header: "E-mailadres", rowHeader: true, cell: (row) => row.to, className: "break-all" },
    {
      header: "Status",
      cell: (row) => (
        <>
          {mailStatusLabels[row.status]}
          {row.status === "FAILED" && row.lastError && <span className="block text-sm text-red-800">Reden: {row.lastError}</span>}
        </>
      ),
    },
    resendColumn({
      action: resendMailingMailAction,
      hidden: (row) => ({ mailingId, mailId: row.id }),
      ariaLabel: (row) => `Bericht opnieuw versturen aan ${row.to}`,
    }),
  ];
}

/** Every message of a sent mailing, one per recipient and one per resend, with its delivery status. */
export function MailingMailsTable({ mailingId, mails }: { mailingId: string; mails: MailingMailRow[] }) {
  return <DataTable columns={columns(mailingId)} rows={mails} caption="Verzonden berichten" hideCaption empty="Er zijn geen berichten verstuurd." />;
}
