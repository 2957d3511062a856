"use server";

import "server-only";

import { signedInAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid } from "../forms/form-state";
import { hitRateLimit, tooManySaves } from "../rate-limit/rate-limit";
import { profileSavePerPerson } from "../rate-limit/rules";
import { directoryChoiceSchema } from "./directory-schema";
import { saveDirectoryChoice } from "./save-directory-choice";

export const saveDirectoryChoiceAction = signedInAction(
  { schema: directoryChoiceSchema, listFields: ["themeIds"], failure: "Keuze voor de ledenlijst opslaan mislukt" },
  async ({ data, values, user }) => {
    const limit = await hitRateLimit(db, profileSavePerPerson, user.id);
    if (!limit.allowed) return tooManySaves(limit.retryAfterSeconds, values);
    const result = await saveDirectoryChoice(db, user.id, data);
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    const message =
      result.outcome === "listed"
        ? "Je staat in de ledenlijst, met wat je hebt gekozen."
        : "Je staat niet (meer) in de ledenlijst. Wat je daarvoor had gekozen, is gewist.";
    return { status: "success", message, values: result.outcome === "left" ? {} : values };
  },
);
