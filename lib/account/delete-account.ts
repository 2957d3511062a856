import "server-only";
import { eraseAccelerationRequestsOf } from "../acceleration/personal-data";
import type { Database } from "../db/client";
import { rateLimitKey } from "../rate-limit/rate-limit";
import { signInPerEmail, signUpPerEmail } from "../rate-limit/rules";

/**
 * Removes a person and everything that identifies them: account, sessions, sign-in links, applications,
 * RSVPs, positions, personal memberships, the audit entries about them, the mail sent to them and the rate-limit counters keyed on their address. The
 * municipality's memberships and fee records are the municipality's and stay as they are.
 */
export async function deleteAccount(db: Database, userId: string) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, applications: { select: { id: true } }, positions: { select: { id: true } } },
    });
    if (!user) return;
    // The audit log's entries about the person hold their details; entries they made keep only the actor's label.
    await tx.auditEntry.deleteMany({
      where: {
        OR: [
          { entityType: "User", entityId: userId },
          { entityType: "Application", entityId: { in: user.applications.map((application) => application.id) } },
          { entityType: "Position", entityId: { in: user.positions.map((position) => position.id) } },
        ],
      },
    });
    await tx.auditEntry.updateMany({ where: { actorId: userId }, data: { actorLabel: "(verwijderd account)" } });
    await tx.sitePageVersion.updateMany({ where: { authorId: userId }, data: { authorLabel: "(verwijderd account)" } });
    if (user.email) {
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      await tx.outboxMail.deleteMany({ where: { to: user.email } });
      await tx.rateLimitWindow.deleteMany({ where: { key: { in: [signInPerEmail, signUpPerEmail].map((rule) => rateLimitKey(rule, user.email!)) } } });
    }
    await eraseAccelerationRequestsOf(tx, userId, user.email);
    // Sessions, accounts, applications, RSVPs, positions, personal memberships, the directory entry and mail about them go with
    // the user (ON DELETE CASCADE).
    await tx.user.delete({ where: { id: userId } });
  });
}
