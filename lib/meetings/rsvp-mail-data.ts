import type { RsvpStatus } from "../db/generated/enums";

/** The name under which the confirmation of an answer is stored in the outbox (see template-registry.ts). */
export const RSVP_CONFIRMATION_TEMPLATE = "rsvp-confirmation";

/**
 * What the outbox keeps of an answer's confirmation: no dietary wishes and no link, both are read or made
 * when the message is sent. `promoted`: the person moved up from the waiting list.
 */
export type RsvpMailData = { meetingId: string; userId: string; status: RsvpStatus; promoted: boolean };
