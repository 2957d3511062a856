import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { FORBIDDEN, NOT_SIGNED_IN, type SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { exportedActions, inlineServerActionsInApp } from "./support/server-actions";

// The session is what the test says it is; everything else (schemas, domain code, database) is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const callers: Record<"anonymous" | "member" | "secretary", SessionUser | null> = {
  anonymous: null,
  member: { id: "authz-member", role: "MEMBER", email: "lid@wmo.test", name: "Lid" },
  secretary: { id: "authz-secretary", role: "SECRETARY", email: "secretaris@wmo.test", name: "Secretaris" },
};

async function callAs(
  caller: keyof typeof callers,
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
): Promise<FormState | "redirected"> {
  session.user = callers[caller];
  try {
    return await action(idleState, new FormData());
  } catch (error) {
    if (isRedirectError(error)) return "redirected";
    throw error;
  }
}

// The only actions that are not the secretary's. Anything else must be built with secretaryAction: a new
// admin action made with a weaker builder fails here until someone deliberately lists it.
const nonSecretaryActions = {
  "lib/members/actions.ts: signUpAction": "public",
  "lib/auth/actions.ts: requestSignInLinkAction": "public",
  "lib/directory/actions.ts: saveDirectoryChoiceAction": "signed-in",
  "lib/mailings/actions.ts: saveMailingChoiceAction": "signed-in",
  "lib/meetings/actions.ts: rsvpAction": "signed-in",
  "lib/meetings/actions.ts: answerByLinkAction": "public",
  "lib/account/actions.ts: updateProfileAction": "signed-in",
  "lib/account/actions.ts: deleteAccountAction": "signed-in",
  "lib/acceleration/actions.ts: requestAccelerationAction": "public",
  "lib/acceleration/actions.ts: confirmAccelerationRequestAction": "public",
};

describe("every server action goes through its guard", async () => {
  const actions = await exportedActions();
  const secretaryActions = actions.filter(({ action }) => action.actionLevel === "secretary");

  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db, { today: new Date("2026-11-23T10:00:00Z") });
    for (const user of [callers.member!, callers.secretary!]) await buildPerson(db, { id: user.id, name: user.name!, email: user.email, role: user.role });
  });

  it("finds the actions, and each export is made with publicAction, signedInAction or secretaryAction", async () => {
    expect(secretaryActions.length).toBeGreaterThanOrEqual(1);
    const unguarded = actions.filter(({ action }) => typeof action !== "function" || !action.actionLevel).map(({ module, name }) => `${module}: ${name}`);
    expect(unguarded).toEqual([]);
    expect(await inlineServerActionsInApp()).toEqual([]);
    const weaker = Object.fromEntries(
      actions.filter(({ action }) => action.actionLevel !== "secretary").map(({ module, name, action }) => [`${module}: ${name}`, action.actionLevel]),
    );
    expect(weaker).toEqual(nonSecretaryActions);
  });

  it.each(secretaryActions.map((entry) => [`${entry.module}: ${entry.name}`, entry] as const))(
    "%s refuses anonymous visitors and members, and lets the secretary through",
    async (_name, { action }) => {
      expect(await callAs("anonymous", action)).toEqual({ status: "error", message: NOT_SIGNED_IN });
      expect(await callAs("member", action)).toEqual({ status: "error", message: FORBIDDEN });
      const asSecretary = await callAs("secretary", action);
      expect(asSecretary === "redirected" || (asSecretary.message !== NOT_SIGNED_IN && asSecretary.message !== FORBIDDEN)).toBe(true);
    },
  );

  it("signed-in actions refuse anonymous visitors", async () => {
    for (const { action } of actions.filter((entry) => entry.action.actionLevel === "signed-in")) {
      expect(await callAs("anonymous", action)).toEqual({ status: "error", message: NOT_SIGNED_IN });
    }
  });
});
