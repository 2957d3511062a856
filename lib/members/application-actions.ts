"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid } from "../forms/form-state";
import { decideApplication } from "./decide-application";
import { decideApplicationSchema } from "./decide-application-schema";

export const decideApplicationAction = secretaryAction(
  { schema: decideApplicationSchema, failure: "Besluit over aanmelding mislukt" },
  async ({ data, values, user }) => {
    const result = await decideApplication(db, data, actorOf(user));
    if (result.outcome === "invalid") return invalid(result.fieldErrors, values);
    redirect(`/beheer/aanmeldingen?besluit=${result.outcome === "approved" ? "goedgekeurd" : "afgewezen"}`);
  },
);
