import { beforeAll, describe, expect, it, vi } from "vitest";
import { updateProfileAction } from "@/lib/account/actions";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { idleState } from "@/lib/forms/form-state";
import { profileSavePerPerson } from "@/lib/rate-limit/rules";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

// Every saved name renews all public pages: one person can't make the site re-render them without end.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const profileForm = (name: string) => {
  const form = new FormData();
  form.set("name", name);
  form.set("jobTitle", "Beleidsadviseur");
  return form;
};

describe("saving one's own details", () => {
  withFreshDatabase();
  beforeAll(async () => {
    const user = await buildPerson(db, { email: "veel-opslaan@wmo.test", name: "Veel Opslaan" });
    session.user = { id: user.id, role: "MEMBER", email: user.email, name: user.name };
  });

  it("is limited per person, with a Dutch message that keeps what was typed, and nothing written", async () => {
    for (let save = 0; save < profileSavePerPerson.limit; save += 1) {
      expect(await updateProfileAction(idleState, profileForm(`Naam ${save}`))).toMatchObject({ status: "success" });
    }
    const refused = await updateProfileAction(idleState, profileForm("Te Veel"));
    expect(refused).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Je hebt dit te vaak achter elkaar opgeslagen\. Probeer het over (een minuut|\d+ minuten) opnieuw\.$/),
      values: { name: "Te Veel" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: session.user!.id } })).name).toBe(`Naam ${profileSavePerPerson.limit - 1}`);
  });
});
