import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildApplication } from "../support/builders/application";
import { buildMeetingDocument } from "../support/builders/meeting-document";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { approve } from "./support/members";
import { signedInMember } from "./support/session";

// Member rights come from admission by the secretary, never from what someone chose on the public form.
test("a colleague of a participating municipality who is not admitted has no member's rights, and has them once approved", async ({ browser }) => {
  const [meeting] = await query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Meeting" WHERE published AND "cancelledAt" IS NULL AND kind = 'MEETING' AND "startsAt" > now() + interval '2 days'
     ORDER BY "startsAt" LIMIT 1`,
  );
  const { id: documentId } = await writeFixtures((db) => buildMeetingDocument(db, { meetingId: meeting!.id }));

  // A covered member's answer page holds the form: its hidden fields are what a forged post would copy.
  const memberContext = await browser.newContext();
  await signedInMember(memberContext, "Toegelaten Lid");
  const memberPage = await memberContext.newPage();
  await memberPage.goto(`/agenda/${meeting!.slug}/antwoord`);
  const form = memberPage.getByRole("region", { name: "Kom je?" }).locator("form");
  const hidden = await form
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]));
  await memberContext.close();

  const context = await browser.newContext();
  const { email, userId } = await signedInMember(context, "Nog Niet Toegelaten", "MEMBER", { admitted: false });
  await writeFixtures(async (db) => {
    const { municipalityId } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { municipalityId: true } });
    await buildApplication(db, { userId, municipalityId, confirmedAt: new Date() });
  });
  const page = await context.newPage();
  await page.goto(`/agenda/${meeting!.slug}/antwoord`);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await expect(attendance.getByText("Je aanmelding wacht op goedkeuring door de secretaris.")).toBeVisible();
  await expect(attendance.getByRole("button", { name: "Ik kom", exact: true })).toHaveCount(0);
  await expectNoViolations(page);
  const download = await context.request.get(`/agenda/${meeting!.slug}/documenten/${documentId}`);
  expect(download.status()).toBe(403);
  expect(await download.text()).toMatch(/^Geen toegang/);

  // The member's form, posted with this person's session (as a browser without JavaScript posts it).
  const forged = await context.request.post(`/agenda/${meeting!.slug}/antwoord`, { multipart: Object.fromEntries([...hidden, ["status", "ATTENDING"]]) });
  expect(forged.status()).toBeLessThan(500);
  expect(await query(`SELECT 1 FROM "Rsvp" WHERE "userId" = $1`, [userId])).toEqual([]);

  await page.goto("/mijn-gegevens");
  await expect(page.getByText("Je aanmelding wacht op goedkeuring door de secretaris.")).toBeVisible();

  await approve(email);
  // The same post now records the answer: the refusal above was the admission, not a broken post.
  const posted = await context.request.post(`/agenda/${meeting!.slug}/antwoord`, { multipart: Object.fromEntries([...hidden, ["status", "ATTENDING"]]) });
  expect(posted.status()).toBeLessThan(500);
  expect(await query(`SELECT status FROM "Rsvp" WHERE "userId" = $1`, [userId])).toEqual([{ status: "ATTENDING" }]);
  await page.goto(`/agenda/${meeting!.slug}`);
  await expect(attendance.getByText("Je hebt laten weten dat je komt.")).toBeVisible();
  await attendance.getByRole("link", { name: "Wijzig je antwoord" }).click();
  await attendance.getByRole("button", { name: "Ik kom niet" }).click();
  await expect(attendance.getByText("Genoteerd: je komt niet.")).toBeVisible();
  expect((await context.request.get(`/agenda/${meeting!.slug}/documenten/${documentId}`)).status()).not.toBe(403);
  await context.close();
});
