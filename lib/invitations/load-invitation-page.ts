import "server-only";
import type { Database } from "../db/client";
import { municipalityOptions } from "../municipalities/municipality-options";
import { invitationCounts, listInvitations } from "./invitation-status";
import { invitationMeetingSelect, notSendableReason } from "./invitation-meeting";
import { renderContent } from "../mail/render-mail";
import { invitationContent, invitationSubject } from "./invitation-mail";

/** The example person the preview is addressed to: the real message differs only in name and answer links. */
const previewPerson = { id: "voorbeeld", name: "Anna de Vries", email: "anna.devries@voorbeeld.nl" };

/** Everything the invitation page shows, in a fixed number of queries. */
export async function loadInvitationPage(db: Database, meetingId: string, page: number, now = new Date()) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: invitationMeetingSelect });
  if (!meeting) return null;
  const [counts, invitations, municipalities, preview] = await Promise.all([
    invitationCounts(db, meetingId),
    listInvitations(db, meetingId, page),
    municipalityOptions(db),
    renderContent(invitationSubject("invitation", meeting.title), invitationContent("invitation", meeting, previewPerson)),
  ]);
  return { meeting, notSendable: notSendableReason(meeting, now), counts, invitations, municipalities, preview };
}
