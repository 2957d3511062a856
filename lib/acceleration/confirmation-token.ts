/**
 * Days an unconfirmed request waits for its link to be used, as long as an unconfirmed sign-up is kept; after that
 * the link stops working and maintenance erases the request.
 */
export const UNCONFIRMED_REQUEST_DAYS = 30;

/** Requests made before this moment can no longer be confirmed. */
export function confirmableSince(now: Date): Date {
  return new Date(now.getTime() - UNCONFIRMED_REQUEST_DAYS * 24 * 60 * 60 * 1000);
}
