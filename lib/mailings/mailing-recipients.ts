import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { inKernclubNow } from "../kernclub/queries";
import { addGuests } from "../members/add-guests";
import { withMembershipInYear } from "../members/coverage";
import { currentYear } from "../members/current-year";
import type { MailingAudience } from "./mailing-schema";

type Tx = Prisma.TransactionClient;
export type MailingRecipient = { id: string; email: string };

/** People who can get a mailing at all: an active account with an address, and not unsubscribed from mailings. */
const reachable: Prisma.UserWhereInput = { deactivatedAt: null, email: { not: null }, mailingsOffAt: null };

/** The groups the audience names, each a condition on people; null when it names none. */
export function audienceWhere(audience: MailingAudience, now = new Date()): Prisma.UserWhereInput | null {
  const groups: Prisma.UserWhereInput[] = [];
  if (audience.everyone) groups.push({ AND: [withMembershipInYear(currentYear(now)), { role: { in: ["MEMBER", "KERNCLUB", "SECRETARY"] } }] });
  if (audience.municipalityId) groups.push({ municipalityId: audience.municipalityId, admittedAt: { not: null } });
  if (audience.kernclub) groups.push(inKernclubNow);
  if (audience.meetingId && audience.meetingGroup === "attending") groups.push({ rsvps: { some: { meetingId: audience.meetingId, status: "ATTENDING" } } });
  if (audience.meetingId && audience.meetingGroup === "no-answer") {
    groups.push({ invitations: { some: { meetingId: audience.meetingId } }, rsvps: { none: { meetingId: audience.meetingId } } });
  }
  if (audience.extraEmails.length) groups.push({ email: { in: audience.extraEmails } });
  return groups.length ? { AND: [reachable, { OR: groups }] } : null;
}

/** How many people the mailing would reach now, without adding anyone: the draft page's count. */
export async function countMailingRecipients(tx: Tx | Database, audience: MailingAudience, now = new Date()): Promise<number> {
  const where = audienceWhere(audience, now);
  if (!where) return 0;
  const [people, known] = await Promise.all([tx.user.count({ where }), tx.user.count({ where: { email: { in: audience.extraEmails } } })]);
  // A hand-added address nobody has yet becomes a guest when the mailing is sent.
  return people + audience.extraEmails.length - known;
}

/** The recipients when the mailing is sent; a hand-added address nobody has yet becomes a GUEST named after it. Each person once. */
export async function selectMailingRecipients(tx: Tx, audience: MailingAudience, now = new Date()): Promise<MailingRecipient[]> {
  await addGuests(tx, audience.extraEmails);
  const where = audienceWhere(audience, now);
  if (!where) return [];
  const people = await tx.user.findMany({ where, select: { id: true, email: true }, orderBy: { id: "asc" } });
  return people.flatMap((person) => (person.email ? [{ id: person.id, email: person.email }] : []));
}
