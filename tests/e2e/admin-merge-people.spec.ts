import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import type { UserRole } from "../../lib/db/generated/enums";
import { buildMeeting } from "../support/builders/meeting";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { buildSession } from "../support/builders/session";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";

const suffix = () => randomBytes(3).toString("hex");

/** A person straight in the database, working for Tilburg. */
async function addPerson(name: string, { phone = null as string | null, role = "MEMBER" as UserRole } = {}) {
  const email = uniqueEmail("samen");
  const { id } = await writeFixtures(async (db) =>
    buildPerson(db, {
      name,
      email,
      role,
      phone,
      jobTitle: "Beleidsadviseur",
      organisationType: "MUNICIPALITY",
      municipalityId: await municipalityIdNamed(db, "Tilburg"),
      admittedAt: new Date(),
    }),
  );
  return { id, email };
}

/** An upcoming meeting of the test's own. */
async function addMeeting(title: string) {
  const id = `e2e-merge-${suffix()}`;
  await writeFixtures((db) => buildMeeting(db, { id, slug: id, title, startsAt: "2031-05-13T11:00:00Z", endsAt: "2031-05-13T15:00:00Z", location: "Utrecht" }));
  return id;
}

function answer(userId: string, meetingId: string, status: "ATTENDING" | "NOT_ATTENDING") {
  return writeFixtures((db) => buildRsvp(db, { userId, meetingId, status }));
}

test("the secretary merges a person's second record into the first", async ({ page, context }) => {
  await signedInSecretary(context);
  const name = `Anna Dubbel${suffix()}`;
  const keep = await addPerson(name);
  const other = await addPerson(name, { phone: "06-98 76 54 32", role: "KERNCLUB" });
  const title = `Netwerkbijeenkomst Utrecht ${suffix()}`;
  await answer(other.id, await addMeeting(title), "ATTENDING");
  await writeFixtures((db) => buildSession(db, other.id));

  await page.goto(`/beheer/mensen/${keep.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Samenvoegen" })).toBeVisible();
  // Someone with the same name is the likeliest double: offered without searching.
  await page.getByRole("link", { name: `Kies ${name} (${other.email}, Tilburg)` }).click();
  await expect(page.getByRole("heading", { level: 3, name: `${name} (${other.email}) samenvoegen` })).toBeVisible();
  await expect(page.getByText("1 antwoord op een bijeenkomst")).toBeVisible();
  await expect(page.getByText("Telefoonnummer: 06-98 76 54 32")).toBeVisible();
  await expect(page.getByText("Rol: Lid van de kernclub")).toBeVisible();
  await expect(page.getByText(`Met ${other.email} kan daarna niemand meer inloggen.`)).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Voeg samen" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByLabel("Ja, voeg samen")).toHaveAccessibleDescription(/Zet het vinkje/);
  await expectNoViolations(page);
  await page.getByLabel("Ja, voeg samen").check();
  await page.getByRole("button", { name: "Voeg samen" }).click();

  await expect(page).toHaveURL(new RegExp(`/beheer/mensen/${keep.id}\\?samengevoegd=1`));
  await expect(page.getByRole("status").filter({ hasText: "De twee personen zijn samengevoegd" })).toBeVisible();
  await expect(page.getByRole("cell", { name: title })).toBeVisible();
  await expect(page.getByText("personen samengevoegd")).toBeVisible();
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue("06-98 76 54 32");
  await expectNoViolations(page);

  expect((await page.goto(`/beheer/mensen/${other.id}`))?.status()).toBe(404);
  const [entry] = await query<{ before: { mergedPerson: { email: string } }; after: { moved: { rsvps: number; sessionsEnded: number } } }>(
    `SELECT before, after FROM "AuditEntry" WHERE action = 'user.merge' AND "entityId" = $1`,
    [keep.id],
  );
  expect(entry.before.mergedPerson.email).toBe(other.email);
  expect(entry.after.moved).toMatchObject({ rsvps: 1, sessionsEnded: 1 });
  expect(await query(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [other.id])).toHaveLength(0);
});

test("different answers for one meeting: the merge is refused and the meeting named", async ({ page, context }) => {
  await signedInSecretary(context);
  const keep = await addPerson(`Bram Werk${suffix()}`);
  const other = await addPerson(`Bram Prive${suffix()}`);
  const title = `Netwerkcafé Zwolle ${suffix()}`;
  const meetingId = await addMeeting(title);
  await answer(keep.id, meetingId, "ATTENDING");
  await answer(other.id, meetingId, "NOT_ATTENDING");

  await page.goto(`/beheer/mensen/${keep.id}`);
  await page.getByLabel("Zoek de andere persoon").fill(other.email);
  await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
  await page.getByRole("link", { name: new RegExp(`^Kies Bram Prive.*${other.email}`) }).click();
  await expect(page.getByText(`De twee gaven een ander antwoord voor de bijeenkomst “${title}” van dinsdag 13 mei 2031.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Voeg samen" })).toHaveCount(0);
  await expectNoViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the secretary finds the other record by e-mail address and merges it", async ({ page, context }) => {
    await signedInSecretary(context);
    const keep = await addPerson(`Carla Werk${suffix()}`);
    const other = await addPerson(`Carla Thuis${suffix()}`, { phone: "06-11 22 33 44" });

    await page.goto(`/beheer/mensen/${keep.id}`);
    await page.getByLabel("Zoek de andere persoon").fill(other.email);
    await page.getByRole("main").getByRole("button", { name: "Zoek", exact: true }).click();
    await page.getByRole("link", { name: new RegExp(`^Kies Carla Thuis.*${other.email}`) }).click();
    await page.getByLabel("Ja, voeg samen").check();
    await page.getByRole("button", { name: "Voeg samen" }).click();
    await expect(page.getByText("De twee personen zijn samengevoegd")).toBeVisible();
    await expect(page.getByLabel("Telefoonnummer")).toHaveValue("06-11 22 33 44");
    expect(await query(`SELECT 1 FROM "User" WHERE id = $1`, [other.id])).toHaveLength(0);
  });
});
