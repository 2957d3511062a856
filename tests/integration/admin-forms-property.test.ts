import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { GENERIC_ERROR, idleState } from "@/lib/forms/form-state";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { fingerprint } from "./support/fingerprint";
import { exportedActions } from "./support/server-actions";
import { hostileText } from "./support/hostile-text";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const url = inject("databaseUrl");
const secretary: SessionUser = { id: "property-secretary", role: "SECRETARY", email: "secretaris@wmo.test", name: "Secretaris" };

// Hostile and plausible values: control characters, markup, huge strings, the magic values forms use,
// and ids of real records, so refusals are also tried against records that exist.
const realIds: string[] = [];
const value = () =>
  fc.oneof(
    fc.constantFrom(...realIds),
    hostileText("nieuw", "approve", "reject", "preview", "intake", "accept", "decline", "2026-02-30", "2026-12-01", "25:00", "13:00", "javascript:alert(1)"),
  );

describe("admin forms under arbitrary input", async () => {
  const actions = (await exportedActions()).filter(({ action }) => action.actionLevel === "secretary");

  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db, { today: new Date("2026-11-23T10:00:00Z") });
    await buildPerson(db, { id: secretary.id, name: secretary.name!, email: secretary.email, role: "SECRETARY" });
    const [meeting, article, municipality, position, person] = await Promise.all([
      db.meeting.findFirstOrThrow({ select: { id: true } }),
      db.article.findFirstOrThrow({ select: { id: true } }),
      db.municipality.findFirstOrThrow({ select: { id: true } }),
      db.position.findFirstOrThrow({ select: { id: true } }),
      db.user.findFirstOrThrow({ where: { positions: { some: {} } }, select: { id: true } }),
    ]);
    const accelerationRequest = await db.accelerationRequest.create({
      data: {
        submissionId: "property-acceleration-request",
        municipalityName: "Tilburg",
        contactName: "Anna de Vries",
        contactRole: "Beleidsadviseur",
        email: "anna@tilburg.test",
        question: "Een vraag over de transformatie.",
        client: "Directeur sociaal domein",
        conditions: [],
        confirmedAt: new Date(),
      },
      select: { id: true },
    });
    realIds.push(meeting.id, article.id, municipality.id, position.id, person.id, accelerationRequest.id);
    session.user = secretary;
  });

  it.each(actions.map((entry) => [`${entry.module}: ${entry.name}`, entry] as const))(
    "%s never fails with a 500, names a field when it refuses, and then writes nothing",
    async (_name, { action }) => {
      const fields = action.formFields ?? [];
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(fields.map((field) => [field, value()]))), async (input) => {
          const formData = new FormData();
          for (const [field, text] of Object.entries(input)) formData.set(field, text as string);
          const before = await fingerprint(url);
          let state;
          try {
            state = await action(idleState, formData);
          } catch (error) {
            if (isRedirectError(error)) return; // accepted and done
            throw error;
          }
          expect(state.message).not.toBe(GENERIC_ERROR);
          if (state.status === "error") {
            expect(Object.keys(state.fieldErrors ?? {}).length, JSON.stringify(state)).toBeGreaterThan(0);
            for (const field of Object.keys(state.fieldErrors ?? {})) expect(fields).toContain(field);
            expect(await fingerprint(url)).toBe(before);
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
