import { resendColumn } from "@/components/admin/resend-column";
import { type Column, DataTable } from "@/components/admin/data-table";
import { Pagination } from "@/components/admin/pagination";
import { mailStatusLabels } from "@/lib/mail/mail-status";
import { resendInvitationAction } from "@/lib/invitations/admin-actions";
import type { InvitationCounts, InvitationRow } from "@/lib/invitations/invitation-status";
import { rsvpStatusLabels } from "@/lib/meetings/rsvp-labels";
import type { Paged } from "@/lib/pagination/page-params";
import { AutoRefresh } from "./auto-refresh";

const mailKindLabels: Record<string, string> = {
  "meeting-invitation": "uitnodiging",
  "meeting-update": "wijziging",
  "meeting-cancelled": "afgelasting",
  "meeting-reminder": "herinnering",
  "meeting-attendee-reminder": "herinnering voor wie komt",
  "rsvp-confirmation": "bevestiging van het antwoord",
};

function columns(meetingId: string, canResend: boolean): (Column<InvitationRow> | false)[] {
  return [
    { header: "Naam", cell: (row) => row.name },
    { header: "E-mailadres", cell: (row) => row.email ?? "geen adres", className: "break-all" },
    { header: "Gemeente", cell: (row) => row.municipality ?? "–" },
    {
      header: "Laatste bericht",
      cell: (row) =>
        row.mail ? (
          <>
            {mailKindLabels[row.mail.template ?? ""] ?? "bericht"}: {mailStatusLabels[row.mail.status]}
            {row.mail.status === "FAILED" && row.mail.lastError && <span className="block text-sm text-red-800">Reden: {row.mail.lastError}</span>}
          </>
        ) : (
          "–"
        ),
    },
    { header: "Antwoord", cell: (row) => (row.answer ? rsvpStatusLabels[row.answer] : "nog geen antwoord") },
    canResend &&
      resendColumn({
        action: resendInvitationAction,
        hidden: (row) => ({ meetingId, userId: row.userId }),
        ariaLabel: (row) => `Uitnodiging opnieuw versturen aan ${row.name}`,
      }),
  ];
}

type Props = { meetingId: string; counts: InvitationCounts; invitations: Paged<InvitationRow>; canResend: boolean; basePath: string };

/** How far sending is (queued, sent, failed), and per person their latest message and their answer. */
export function InvitationProgress({ meetingId, counts, invitations, canResend, basePath }: Props) {
  return (
    <>
      <AutoRefresh active={counts.queued > 0} />
      <dl className="mb-6 grid max-w-md grid-cols-2 gap-x-6 gap-y-1" aria-live="polite">
        <dt className="font-semibold">In de wachtrij</dt>
        <dd>{counts.queued}</dd>
        <dt className="font-semibold">Verzonden</dt>
        <dd>{counts.sent}</dd>
        <dt className="font-semibold">Mislukt</dt>
        <dd>{counts.failed}</dd>
      </dl>
      <DataTable
        columns={columns(meetingId, canResend)}
        rows={invitations.items}
        rowKey={(row) => row.userId}
        caption="Uitgenodigde mensen, op naam"
        hideCaption
        empty="Nog niemand uitgenodigd."
        alignTop
      />
      <Pagination page={invitations.page} pageCount={invitations.pageCount} total={invitations.total} basePath={basePath} />
    </>
  );
}
