import { ActionButton } from "@/components/admin/action-button";
import { Pagination } from "@/components/admin/pagination";
import type { MailStatus } from "@/lib/db/generated/enums";
import { resendInvitationAction } from "@/lib/invitations/admin-actions";
import type { InvitationCounts, InvitationRow } from "@/lib/invitations/invitation-status";
import { rsvpStatusLabels } from "@/lib/meetings/rsvp-labels";
import type { Paged } from "@/lib/pagination/page-params";
import { AutoRefresh } from "./auto-refresh";

const mailStatusLabels: Record<MailStatus, string> = { PENDING: "in de wachtrij", SENDING: "wordt verstuurd", SENT: "verzonden", FAILED: "mislukt" };
const mailKindLabels: Record<string, string> = {
  "meeting-invitation": "uitnodiging",
  "meeting-update": "wijziging",
  "meeting-cancelled": "afgelasting",
  "meeting-reminder": "herinnering",
  "rsvp-confirmation": "bevestiging van het antwoord",
};

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
      {invitations.items.length === 0 ? (
        <p>Nog niemand uitgenodigd.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Uitgenodigde mensen, op naam</caption>
            <thead>
              <tr className="border-b-2 border-neutral-700">
                <th scope="col" className="py-2 pr-4">
                  Naam
                </th>
                <th scope="col" className="py-2 pr-4">
                  E-mailadres
                </th>
                <th scope="col" className="py-2 pr-4">
                  Gemeente
                </th>
                <th scope="col" className="py-2 pr-4">
                  Laatste bericht
                </th>
                <th scope="col" className="py-2 pr-4">
                  Antwoord
                </th>
                {canResend && (
                  <th scope="col" className="py-2 pr-4">
                    <span className="sr-only">Actie</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {invitations.items.map((row) => (
                <tr key={row.userId} className="border-b border-neutral-300 align-top">
                  <td className="py-2 pr-4">{row.name}</td>
                  <td className="py-2 pr-4 break-all">{row.email ?? "geen adres"}</td>
                  <td className="py-2 pr-4">{row.municipality ?? "–"}</td>
                  <td className="py-2 pr-4">
                    {row.mail ? (
                      <>
                        {mailKindLabels[row.mail.template ?? ""] ?? "bericht"}: {mailStatusLabels[row.mail.status]}
                        {row.mail.status === "FAILED" && row.mail.lastError && <span className="block text-sm text-red-800">Reden: {row.mail.lastError}</span>}
                      </>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td className="py-2 pr-4">{row.answer ? rsvpStatusLabels[row.answer] : "nog geen antwoord"}</td>
                  {canResend && (
                    <td className="py-2 pr-4">
                      <ActionButton
                        action={resendInvitationAction}
                        hidden={{ meetingId, userId: row.userId }}
                        label="Opnieuw versturen"
                        ariaLabel={`Uitnodiging opnieuw versturen aan ${row.name}`}
                        variant="secondary"
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={invitations.page} pageCount={invitations.pageCount} total={invitations.total} basePath={basePath} />
    </>
  );
}
