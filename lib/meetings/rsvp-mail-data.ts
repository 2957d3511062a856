import type { RsvpStatus } from "../db/generated/enums";

/**
 * What the outbox keeps of an answer's confirmation: no dietary wishes and no link, both are read or made
 * when the message is sent; the meeting's title for the subject. `promoted`: the person moved up from the waiting list.
 */
export type RsvpMailData = { meetingId: string; userId: string; meetingTitle: string; status: RsvpStatus; promoted: boolean };
