import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { MailingAudience, MailingInput } from "./mailing-schema";

export type SaveMailingResult =
  { outcome: "saved"; id: string } | { outcome: "not-found" } | { outcome: "already-sent" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

export function audienceOf(input: MailingInput): MailingAudience {
  const { everyone, municipalityId, kernclub, meetingId, meetingGroup, extraEmails } = input;
  return { everyone, municipalityId, kernclub, meetingId, meetingGroup, extraEmails: extraEmails ?? [] };
}

/** Checks that the recipients are chosen and what they name exists; the field that is wrong, or null. */
async function audienceErrors(db: Database, input: MailingInput): Promise<Record<string, string> | null> {
  const audience = audienceOf(input);
  if (!audience.everyone && !audience.municipalityId && !audience.kernclub && !audience.meetingId && !audience.extraEmails.length) {
    return { everyone: "Kies wie het bericht krijgt: iedereen die dit jaar meedoet, een gemeente, de kernclub, een bijeenkomst of vul adressen in." };
  }
  if (audience.meetingId && !audience.meetingGroup) return { meetingGroup: "Kies wie van de bijeenkomst het bericht krijgt." };
  const [municipality, meeting, document] = await Promise.all([
    audience.municipalityId ? db.municipality.count({ where: { id: audience.municipalityId } }) : 1,
    audience.meetingId ? db.meeting.count({ where: { id: audience.meetingId } }) : 1,
    input.documentId ? db.meetingDocument.count({ where: { id: input.documentId } }) : 1,
  ]);
  if (!municipality) return { municipalityId: "Kies een gemeente uit de lijst." };
  if (!meeting) return { meetingId: "Kies een bijeenkomst uit de lijst." };
  if (!document) return { documentId: "Kies een document uit de lijst." };
  return null;
}

/** Creates a draft mailing, or changes one that has not been sent. A sent mailing stays as it was sent. */
export async function saveMailing(db: Database, actor: Actor, input: MailingInput): Promise<SaveMailingResult> {
  const fieldErrors = await audienceErrors(db, input);
  if (fieldErrors) return { outcome: "invalid", fieldErrors };
  const data = { subject: input.subject, body: input.body, documentId: input.documentId, audience: audienceOf(input) };
  return db.$transaction(async (tx): Promise<SaveMailingResult> => {
    let id = input.mailingId;
    if (id) {
      const existing = await tx.mailing.findUnique({ where: { id }, select: { sentAt: true } });
      if (!existing) return { outcome: "not-found" };
      // Only a draft changes; the condition also holds against a send that happens at the same moment.
      const changed = await tx.mailing.updateMany({ where: { id, sentAt: null }, data });
      if (!changed.count) return { outcome: "already-sent" };
    } else {
      id = (await tx.mailing.create({ data: { ...data, authorId: actor.id }, select: { id: true } })).id;
    }
    await recordChange(tx, actor, {
      action: input.mailingId ? "mailing.update" : "mailing.create",
      entityType: "Mailing",
      entityId: id,
      entityLabel: input.subject,
      after: data,
    });
    return { outcome: "saved", id };
  });
}
