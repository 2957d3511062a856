"use server";

import "server-only";

import { redirect } from "next/navigation";
import { secretaryAction } from "../auth/action-client";
import { actorOf } from "../audit/record-change";
import { db } from "../db/client";
import { formatShortDate, formatTime } from "../format/dates";
import { type FormState, refusedField } from "../forms/form-state";
import { restoreVersionSchema, sitePageSchema } from "./page-schema";
import { restoreSitePageVersion, saveSitePage } from "./save-site-page";

export const saveSitePageAction = secretaryAction(
  { schema: sitePageSchema, failure: "Pagina opslaan mislukt" },
  async ({ data: input, values, user }): Promise<FormState> => {
    if (input.intent === "preview") {
      return { status: "success", message: "Hieronder staat een voorbeeld. De pagina is nog niet opgeslagen.", values: { ...values, intent: "preview" } };
    }
    const result = await saveSitePage(db, actorOf(user), input);
    if (result.outcome === "not-found") return refusedField("pageKey", "Deze pagina bestaat niet.", values);
    if (result.outcome === "conflict") {
      const { number, authorLabel, createdAt } = result.latest;
      return refusedField(
        "body",
        `Deze pagina is intussen opnieuw opgeslagen (versie ${number}, door ${authorLabel} op ${formatShortDate(createdAt)} om ${formatTime(createdAt)}). Je tekst is niet opgeslagen maar staat hieronder nog: kopieer hem, laad de pagina opnieuw en breng je wijziging opnieuw aan.`,
        values,
      );
    }
    if (result.outcome === "saved") redirect(`/beheer/paginas/${input.pageKey}?opgeslagen=${result.number}`);
    return { status: "success", message: `Er was niets gewijzigd: versie ${result.number} blijft de tekst.`, values: { ...values, intent: "save" } };
  },
);

export const restoreSitePageVersionAction = secretaryAction(
  { schema: restoreVersionSchema, failure: "Versie terugzetten mislukt" },
  async ({ data: input, user }): Promise<FormState> => {
    const result = await restoreSitePageVersion(db, actorOf(user), input);
    if (result.outcome === "not-found") return refusedField("versionId", "Deze versie bestaat niet (meer).");
    if (result.outcome === "conflict") return refusedField("versionId", "Probeer het opnieuw.");
    if (result.outcome === "unchanged") return { status: "success", message: `Deze tekst is al de huidige (versie ${result.number}).` };
    redirect(`/beheer/paginas/${input.pageKey}?teruggezet=${result.number}`);
  },
);
