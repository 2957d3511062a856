"use server";

import "server-only";

import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { refusedField } from "../forms/form-state";
import { presenceSchema } from "./presence-schema";
import { recordPresence } from "./record-presence";

export const recordPresenceAction = secretaryAction(
  { schema: presenceSchema, listFields: ["present"], failure: "Presentielijst opslaan mislukt" },
  async ({ data, values, user }) => {
    const result = await recordPresence(db, actorOf(user), data.meetingId, data.present);
    if (result.outcome === "not-found") return refusedField("meetingId", "Deze bijeenkomst bestaat niet (meer). Laad de pagina opnieuw.", values);
    if (result.outcome === "not-started") return refusedField("meetingId", "Wie er was, houd je bij vanaf het begin van de bijeenkomst.", values);
    if (result.outcome === "unknown-people")
      return refusedField("present", "De lijst is intussen veranderd: laad de pagina opnieuw en vink opnieuw aan.", values);
    return { status: "success", message: `De presentielijst is opgeslagen: ${result.present} aanwezig.`, values };
  },
);
