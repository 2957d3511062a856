import type { Prisma } from "../db/generated/client";
import { inKernclubNow } from "../kernclub/queries";
import { addGuests } from "../members/add-guests";
import { withMembershipInYear } from "../members/coverage";
import { currentYear } from "../members/current-year";
import type { InviteInput } from "./invite-schema";

type Tx = Prisma.TransactionClient;
export type Recipient = { id: string; name: string; email: string };

const recipientSelect = { id: true, name: true, email: true } as const;

/**
 * Who gets the invitation: active members with a membership this year, their municipality's or their own
 * (optionally one municipality, or one role; "the kernclub" is whoever holds a current chair's or member's position,
 * as /kernclub shows it, whatever their role), guests who said they come or applied for this meeting, and
 * hand-added addresses; an address nobody has yet becomes a GUEST named after it. Each person once.
 */
export async function selectRecipients(tx: Tx, meetingId: string, input: Omit<InviteInput, "meetingId">, now = new Date()): Promise<Recipient[]> {
  const groups: Prisma.UserWhereInput[] = [];
  if (input.members) {
    groups.push({
      AND: [
        withMembershipInYear(currentYear(now)),
        { role: { in: ["MEMBER", "KERNCLUB", "SECRETARY"] } },
        input.role === "KERNCLUB" ? inKernclubNow : input.role ? { role: input.role } : {},
        input.municipalityId ? { municipalityId: input.municipalityId } : {},
      ],
    });
  }
  if (input.guests) {
    groups.push({ role: "GUEST", OR: [{ rsvps: { some: { meetingId, status: "ATTENDING" } } }, { applications: { some: { meetingId } } }] });
  }
  const selected = groups.length
    ? await tx.user.findMany({ where: { deactivatedAt: null, email: { not: null }, OR: groups }, select: recipientSelect, orderBy: { id: "asc" } })
    : [];
  const extra = input.extraEmails ?? [];
  if (extra.length) {
    await addGuests(tx, extra);
    selected.push(...(await tx.user.findMany({ where: { email: { in: extra } }, select: recipientSelect })));
  }
  const unique = new Map<string, Recipient>();
  for (const user of selected) if (user.email) unique.set(user.id, { id: user.id, name: user.name, email: user.email });
  return [...unique.values()];
}
