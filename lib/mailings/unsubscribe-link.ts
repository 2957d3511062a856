import { isSignatureOf, signatureOf } from "../auth/signature";
import { siteUrl } from "../site/config";

const unsubscribeMessage = (userId: string) => `mailing-unsubscribe:${userId}`;
const pathOf = (userId: string) => `${encodeURIComponent(userId)}/${signatureOf(unsubscribeMessage(userId))}`;

/** The page in a mailing's footer: it asks first, so a mail scanner opening the link unsubscribes nobody. */
export function unsubscribePageUrl(userId: string): string {
  return `${siteUrl()}/berichten/afmelden/${pathOf(userId)}`;
}

/** The List-Unsubscribe address (RFC 8058): a POST to it unsubscribes at once. */
export function oneClickUnsubscribeUrl(userId: string): string {
  return `${siteUrl()}/api/berichten/afmelden/${pathOf(userId)}`;
}

export function isValidUnsubscribeSignature(userId: string, signature: string): boolean {
  return isSignatureOf(unsubscribeMessage(userId), signature);
}
