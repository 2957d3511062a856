import { ActionButton } from "@/components/admin/action-button";
import { type Column, DataTable } from "@/components/admin/data-table";
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
    {
      header: <span className="sr-only">Actie</span>,
      cell: (row) => (
        <ActionButton
          action={resendMailingMailAction}
          hidden={{ mailingId, mailId: row.id }}
          label="Opnieuw versturen"
          ariaLabel={`Bericht opnieuw versturen aan ${row.to}`}
          variant="secondary"
        />
      ),
    },
  ];
}

/** Every message of a sent mailing, one per recipient and one per resend, with its delivery status. */
export function MailingMailsTable({ mailingId, mails }: { mailingId: string; mails: MailingMailRow[] }) {
  return <DataTable columns={columns(mailingId)} rows={mails} caption="Verzonden berichten" hideCaption empty="Er zijn geen berichten verstuurd." />;
}
