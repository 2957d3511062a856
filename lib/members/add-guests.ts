import type { Prisma } from "../db/generated/client";

/** Hand-added addresses (an invitation's, a mailing's) that nobody has yet become GUEST people, named after their address. */
export async function addGuests(tx: Prisma.TransactionClient, emails: string[]) {
  if (!emails.length) return;
  await tx.user.createMany({ data: emails.map((email) => ({ name: email, email, role: "GUEST" as const })), skipDuplicates: true });
}
