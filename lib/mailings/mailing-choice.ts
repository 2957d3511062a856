import "server-only";
import type { Database } from "../db/client";
import { isValidUnsubscribeSignature } from "./unsubscribe-link";

/**
 * Stops or restarts mailings for one person. Invitations, invoices and sign-in mail are not mailings and keep
 * coming. Unsubscribing again keeps the first moment; false when there is no such person.
 */
export async function setMailingChoice(db: Database, userId: string, receive: boolean, now = new Date()): Promise<boolean> {
  const where = receive ? { id: userId } : { id: userId, mailingsOffAt: null };
  const changed = await db.user.updateMany({ where, data: { mailingsOffAt: receive ? null : now } });
  return changed.count > 0 || (await db.user.count({ where: { id: userId } })) > 0;
}

/** The unsubscribe link's click (RFC 8058 one-click, or the page's button): false for a link that was not ours. */
export async function unsubscribeByLink(db: Database, userId: string, signature: string, now = new Date()): Promise<boolean> {
  if (!isValidUnsubscribeSignature(userId, signature)) return false;
  return setMailingChoice(db, userId, false, now);
}
