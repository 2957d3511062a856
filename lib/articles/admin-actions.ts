"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { articleSchema } from "./article-schema";
import { saveArticle } from "./save-article";

export const saveArticleAction = secretaryAction(
  { schema: articleSchema, listFields: ["themeIds"], failure: "Bericht opslaan mislukt" },
  async ({ data: input, values: fullValues, user }): Promise<FormState> => {
    if (input.intent === "preview") {
      return { status: "success", message: "Hieronder staat een voorbeeld. Het bericht is nog niet opgeslagen.", values: { ...fullValues, intent: "preview" } };
    }

    const result = await saveArticle(db, actorOf(user), input);
    if (result.outcome === "not-found") return refusedField("articleId", "Dit bericht bestaat niet (meer).", fullValues);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, fullValues);

    if (result.created) redirect(`/beheer/nieuws/${result.id}?opgeslagen=1`);
    return { status: "success", message: "Het bericht is opgeslagen.", values: { ...fullValues, intent: "save" } };
  },
);
