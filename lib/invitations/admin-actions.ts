"use server";

import "server-only";

import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid, refusedField } from "../forms/form-state";
import { inviteSchema, resendInvitationSchema } from "./invite-schema";
import { resendInvitation } from "./resend-invitation";
import { sendInvitations } from "./send-invitations";

const GONE = "Deze bijeenkomst bestaat niet (meer). Laad de pagina opnieuw.";

export const sendInvitationsAction = secretaryAction({ schema: inviteSchema, failure: "Uitnodigingen versturen mislukt" }, async ({ data, values, user }) => {
  const result = await sendInvitations(db, actorOf(user), data);
  if (result.outcome === "not-found") return refusedField("meetingId", GONE, values);
  if (result.outcome === "not-sendable") return refusedField("meetingId", result.reason, values);
  if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
  const already = result.alreadyInvited
    ? ` ${result.alreadyInvited} ${result.alreadyInvited === 1 ? "persoon was" : "mensen waren"} al uitgenodigd en ${result.alreadyInvited === 1 ? "krijgt" : "krijgen"} niets nieuws.`
    : "";
  const message = result.queued
    ? `De uitnodiging staat klaar voor ${result.queued} ${result.queued === 1 ? "persoon" : "mensen"} en wordt nu verstuurd.${already}`
    : `Er is niets verstuurd: iedereen die je koos was al uitgenodigd. Gebruik “Opnieuw versturen” bij een persoon om de uitnodiging nog eens te sturen.`;
  return { status: "success", message };
});

export const resendInvitationAction = secretaryAction(
  { schema: resendInvitationSchema, failure: "Uitnodiging opnieuw versturen mislukt" },
  async ({ data, user }) => {
    const result = await resendInvitation(db, actorOf(user), data.meetingId, data.userId);
    if (result.outcome === "not-found") return refusedField("meetingId", GONE);
    if (result.outcome === "not-sendable") return refusedField("meetingId", result.reason);
    if (result.outcome === "not-invited") return refusedField("userId", "Deze persoon is niet uitgenodigd voor deze bijeenkomst.");
    return { status: "success", message: `De uitnodiging aan ${result.name} wordt opnieuw verstuurd.` };
  },
);
