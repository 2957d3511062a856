import type { Database } from "../db/client";

/**
 * Removes a person and everything that identifies them: account, sessions, sign-in links, applications,
 * RSVPs, positions, the mail sent to them and the rate-limit counters keyed on their address. The
 * municipality's memberships and fee records are the municipality's and stay as they are.
 */
export async function deleteAccount(db: Database, userId: string) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    if (user.email) {
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      // Mail to them, and mail about them (the secretaries' notice of their sign-up).
      await tx.outboxMail.deleteMany({ where: { OR: [{ to: user.email }, { text: { contains: user.email } }] } });
      await tx.rateLimitWindow.deleteMany({ where: { key: { endsWith: `:${user.email}` } } });
    }
    // Sessions, accounts, applications, RSVPs and positions go with the user (ON DELETE CASCADE).
    await tx.user.delete({ where: { id: userId } });
  });
}
