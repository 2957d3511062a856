"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { deleteTheme, saveTheme } from "./save-theme";
import { deleteThemeSchema, themeSchema } from "./theme-schema";

const GONE = "Dit thema bestaat niet (meer).";

export const saveThemeAction = secretaryAction(
  { schema: themeSchema, failure: "Thema opslaan mislukt" },
  async ({ data, values, user }): Promise<FormState> => {
    const result = await saveTheme(db, actorOf(user), data);
    if (result.outcome === "not-found") return refusedField("themeId", GONE, values);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    if (result.created) redirect(`/beheer/themas/${result.id}?opgeslagen=1`);
    return { status: "success", message: "Het thema is opgeslagen.", values: { ...values, slug: result.slug } };
  },
);

export const deleteThemeAction = secretaryAction({ schema: deleteThemeSchema, failure: "Thema verwijderen mislukt" }, async ({ data, user }) => {
  const result = await deleteTheme(db, actorOf(user), data.themeId);
  if (result.outcome === "not-found") return refusedField("themeId", GONE);
  redirect(`/beheer/themas?verwijderd=1`);
});
