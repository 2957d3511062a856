"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { addAgendaItemSchema, cancelMeetingSchema, moveAgendaItemSchema, removeAgendaItemSchema } from "./agenda-item-schema";
import { cancelMeeting } from "./cancel-meeting";
import { type AgendaResult, addAgendaItem, moveAgendaItem, removeAgendaItem } from "./manage-agenda";
import { meetingSchema } from "./meeting-schema";
import { createMeeting, updateMeeting } from "./save-meeting";

const GONE = "Deze bijeenkomst of dit agendapunt bestaat niet (meer). Laad de pagina opnieuw.";

export const createMeetingAction = secretaryAction(
  { schema: meetingSchema, listFields: ["themeIds"], failure: "Bijeenkomst aanmaken mislukt" },
  async ({ data, values, user }) => {
    const result = await createMeeting(db, actorOf(user), data);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    if (result.outcome === "not-found") return refusedField("meetingId", GONE, values);
    redirect(`/beheer/bijeenkomsten/${result.id}`);
  },
);

export const updateMeetingAction = secretaryAction(
  { schema: meetingSchema, listFields: ["themeIds"], failure: "Bijeenkomst opslaan mislukt" },
  async ({ data, values, user }) => {
    const result = await updateMeeting(db, actorOf(user), data.meetingId ?? "", data);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    if (result.outcome === "not-found") return refusedField("meetingId", GONE, values);
    return { status: "success", message: "De bijeenkomst is opgeslagen.", values };
  },
);

export const cancelMeetingAction = secretaryAction({ schema: cancelMeetingSchema, failure: "Bijeenkomst afgelasten mislukt" }, async ({ data, user }) => {
  const result = await cancelMeeting(db, actorOf(user), data.meetingId);
  if (result.outcome === "not-found") return refusedField("meetingId", GONE);
  if (result.outcome === "already-cancelled") return refusedField("meetingId", "Deze bijeenkomst was al afgelast.");
  return { status: "success", message: "De bijeenkomst is afgelast. Op de site en in de agenda-bestanden staat ze nu als afgelast." };
});

/** `field` is the hidden field naming the record the action is about (the meeting, or the agenda item). */
function agendaState(result: AgendaResult, field: "meetingId" | "itemId", success: string): FormState {
  if (result.outcome === "not-found") return refusedField(field, GONE);
  if (result.outcome === "at-edge") return refusedField(field, "Dit agendapunt staat al bovenaan of onderaan.");
  return { status: "success", message: success };
}

export const addAgendaItemAction = secretaryAction({ schema: addAgendaItemSchema, failure: "Agendapunt toevoegen mislukt" }, async ({ data, user }) =>
  agendaState(await addAgendaItem(db, actorOf(user), data), "meetingId", `Agendapunt “${data.itemTitle}” is toegevoegd.`),
);

export const moveAgendaItemAction = secretaryAction({ schema: moveAgendaItemSchema, failure: "Agendapunt verplaatsen mislukt" }, async ({ data, user }) =>
  agendaState(await moveAgendaItem(db, actorOf(user), data), "itemId", "Het agendapunt is verplaatst."),
);

export const removeAgendaItemAction = secretaryAction({ schema: removeAgendaItemSchema, failure: "Agendapunt verwijderen mislukt" }, async ({ data, user }) =>
  agendaState(await removeAgendaItem(db, actorOf(user), data), "itemId", "Het agendapunt is verwijderd."),
);
