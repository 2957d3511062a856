import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, inject, it, vi } from "vitest";
import { confirmAccelerationRequestAction, requestAccelerationAction } from "@/lib/acceleration/actions";
import { db } from "@/lib/db/client";
import { type FormState, GENERIC_ERROR, idleState } from "@/lib/forms/form-state";
import { withFreshDatabase } from "./database";
import { accelerationRequestForm, formDataOf } from "./fixtures";
import { fingerprint } from "./support/fingerprint";
import { hostileText } from "./support/hostile-text";

// The actions run outside a request here: the client is what the site's server would have said (scripts/site-server.ts).
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers({ "x-wmo-client-address": "198.51.100.7" }),
}));

const url = inject("databaseUrl");

// Hostile text, with a bidi override, a bell, SQL, a string over the body limit and full-width look-alikes.
const hostile = hostileText("\u202e", "a\u0007b", "JA", '\'; DROP TABLE "AccelerationRequest"; --', "y".repeat(100_001), "ｎａａｍ＠ｇｅｍｅｅｎｔｅ.nl");

async function send(action: typeof requestAccelerationAction, values: Record<string, string>): Promise<FormState | "redirected"> {
  try {
    return await action(idleState, formDataOf(values));
  } catch (error) {
    if (isRedirectError(error)) return "redirected";
    throw error;
  }
}

/** A refusal must be on purpose: in Dutch at named fields of the form, with nothing written. */
async function expectRefusedAtFields(state: FormState, fields: readonly string[], before: string) {
  expect(state.status).toBe("error");
  expect(state.message).not.toBe(GENERIC_ERROR);
  expect(Object.keys(state.fieldErrors ?? {}).length, JSON.stringify(state)).toBeGreaterThan(0);
  for (const field of Object.keys(state.fieldErrors ?? {})) expect(fields).toContain(field);
  expect(await fingerprint(url)).toBe(before);
}

describe("the public request forms under hostile input", () => {
  withFreshDatabase();

  it("the request form never crashes, names fields when it refuses and then writes nothing, and stores only clean text", async () => {
    const fields = requestAccelerationAction.formFields!;
    const outcomes = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), hostile, { maxKeys: 4 }), fc.boolean(), async (changes, startFromValid) => {
        const values = startFromValid ? { ...accelerationRequestForm(), ...changes } : changes;
        const before = await fingerprint(url);
        const count = await db.accelerationRequest.count();
        const state = await send(requestAccelerationAction, values);
        if (state === "redirected") {
          outcomes.stored += 1;
          expect(await db.accelerationRequest.count()).toBe(count + 1);
          const stored = await db.accelerationRequest.findFirstOrThrow({
            where: { submissionId: values.submissionId },
            select: { municipalityName: true, question: true, client: true },
          });
          for (const text of Object.values(stored)) expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
          expect(stored.question.length).toBeLessThanOrEqual(2000);
        } else {
          outcomes.refused += 1;
          await expectRefusedAtFields(state, fields, before);
        }
      }),
      // The untouched valid form is always among the runs, so both outcomes are checked.
      { numRuns: 80, examples: [[{}, true]] },
    );
    expect(outcomes.stored).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it("the confirmation button refuses any token but a mailed one at its field, writing nothing", async () => {
    const fields = confirmAccelerationRequestAction.formFields!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)), async (token) => {
        const before = await fingerprint(url);
        const state = await send(confirmAccelerationRequestAction, { token });
        expect(state).not.toBe("redirected");
        await expectRefusedAtFields(state as FormState, fields, before);
      }),
      { numRuns: 40 },
    );
  });
});
