import "server-only";
import { newLinkToken } from "../auth/link-token";
import type { Prisma } from "../db/generated/client";

/**
 * The token of one application's confirmation link, made when its mail is sent; only its hash is kept. Each
 * application has its own, so a sign-up someone else filed under a person's address stays unconfirmed until that
 * person opens the link of that very application.
 */
export async function applicationConfirmationToken(tx: Prisma.TransactionClient, applicationId: string): Promise<string> {
  const { token, hash } = newLinkToken();
  await tx.application.update({ where: { id: applicationId }, data: { confirmationTokenHash: hash } });
  return token;
}
