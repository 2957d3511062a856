import "server-only";
import type { Database } from "../db/client";
import type { MailStatus, RsvpStatus } from "../db/generated/enums";
import { type Paged, paged, pageWindow } from "../pagination/page-params";
import { invitationTemplates } from "./invitation-meeting";

export type InvitationCounts = { queued: number; sent: number; failed: number };

/** Invitation mails of a meeting by status, in one grouped query. */
export async function invitationCounts(db: Database, meetingId: string): Promise<InvitationCounts> {
  const groups = await db.outboxMail.groupBy({ by: ["status"], where: { meetingId, template: invitationTemplates.invitation }, _count: { _all: true } });
  const count = (status: MailStatus) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { queued: count("PENDING") + count("SENDING"), sent: count("SENT"), failed: count("FAILED") };
}

export type InvitationRow = {
  userId: string;
  name: string;
  email: string | null;
  municipality: string | null;
  mail: { status: MailStatus; lastError: string | null; template: string | null } | null;
  answer: RsvpStatus | null;
};

/** One page of invitees with their latest mail of this meeting and their answer: a fixed number of queries, whatever the page or the total. */
export async function listInvitations(db: Database, meetingId: string, page: number): Promise<Paged<InvitationRow>> {
  const where = { meetingId };
  const [rows, total] = await Promise.all([
    db.invitation.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: {
        userId: true,
        user: { select: { name: true, email: true, municipality: { select: { name: true } }, rsvps: { where: { meetingId }, select: { status: true } } } },
      },
      ...pageWindow(page),
    }),
    db.invitation.count({ where }),
  ]);
  const addresses = rows.map((row) => row.user.email).filter((email): email is string => email !== null);
  // The newest message per address (DISTINCT ON "to"), so bulk queuing needs no write back to each invitation.
  const mails = addresses.length
    ? await db.outboxMail.findMany({
        where: { meetingId, to: { in: addresses } },
        orderBy: [{ to: "asc" }, { createdAt: "desc" }, { id: "desc" }],
        distinct: ["to"],
        select: { to: true, status: true, lastError: true, template: true },
      })
    : [];
  const byAddress = new Map(mails.map((mail) => [mail.to, mail]));
  const items = rows.map((row) => {
    const mail = row.user.email ? byAddress.get(row.user.email) : undefined;
    return {
      userId: row.userId,
      name: row.user.name,
      email: row.user.email,
      municipality: row.user.municipality?.name ?? null,
      mail: mail ? { status: mail.status, lastError: mail.lastError, template: mail.template } : null,
      answer: row.user.rsvps[0]?.status ?? null,
    };
  });
  return paged(items, total, page);
}
