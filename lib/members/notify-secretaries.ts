import type { Prisma } from "../db/generated/client";
import { adminEmails } from "../auth/admin-emails";

/** Everyone who handles applications: ADMIN_EMAILS and users with the secretary role. */
export async function secretaryEmails(tx: Prisma.TransactionClient): Promise<string[]> {
  const secretaries = await tx.user.findMany({ where: { role: "SECRETARY", email: { not: null } }, select: { email: true } });
  return [...new Set([...adminEmails(), ...secretaries.map((user) => user.email!)])];
}
