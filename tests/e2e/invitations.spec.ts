import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import type { Attachment } from "mailparser";
import ical, { type VEvent } from "node-ical";
import { expectNoViolations } from "./support/axe";
import { buildMeeting } from "../support/builders/meeting";
import { auditActions, query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { baseURL } from "../support/e2e-env";
import { expectLandedOn, waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";
import { signedInSecretary } from "./support/session";
import { localDateKey, localTimeKey } from "../../lib/format/dates";

/** A published meeting next year, 13.00–17.00 in Amsterdam (11.00–15.00 UTC in summer time). */
async function publishedMeeting(title: string) {
  const id = `e2e-inv-${randomBytes(6).toString("hex")}`;
  const year = new Date().getFullYear() + 1;
  await writeFixtures((db) =>
    buildMeeting(db, { id, slug: id, title, startsAt: `${year}-06-11T11:00:00Z`, endsAt: `${year}-06-11T15:00:00Z`, location: "Stadhuis Tilburg" }),
  );
  return { id, date: `${year}-06-11` };
}

async function openInvitationPage(page: Page, meetingId: string, title: string) {
  const response = await page.goto(`/beheer/bijeenkomsten/${meetingId}/uitnodigen`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: `Uitnodigen: ${title}` })).toBeVisible();
}

test("the secretary previews and sends an invitation that arrives as a calendar invitation with personal answer links", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = `Zomerbijeenkomst ${randomBytes(3).toString("hex")}`;
  const meeting = await publishedMeeting(title);
  const guest = uniqueEmail("uitgenodigd");
  await openInvitationPage(page, meeting.id, title);
  await expect(page.getByTitle("Voorbeeld van de uitnodiging, opgemaakte versie")).toBeVisible();
  await expect(page.frameLocator("iframe").getByRole("heading", { name: `Uitnodiging: ${title}` })).toBeVisible();
  await expect(page.getByLabel("Voorbeeld van de uitnodiging, platte tekst")).toContainText("13.00–17.00 uur");
  await expectNoViolations(page);

  await page.getByLabel("Alle deelnemers die dit jaar meedoen").uncheck();
  await page.getByLabel(/Extra e-mailadressen/).fill(guest);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText("De uitnodiging staat klaar voor 1 persoon")).toBeVisible();

  const mail = await waitForMail(guest, `Uitnodiging: ${title}`);
  expect(mail.html).toContain(title);
  expect(mail.text).toContain("Stadhuis Tilburg");
  const calendarPart = mail.attachments.find((attachment: Attachment) => attachment.contentType === "text/calendar");
  expect(calendarPart, "text/calendar part").toBeDefined();
  const calendarText = calendarPart!.content.toString("utf8");
  expect(calendarText).toContain("METHOD:REQUEST");
  const parsed = ical.sync.parseICS(calendarText);
  expect((parsed.vcalendar as unknown as { method: string }).method).toBe("REQUEST");
  const event = Object.values(parsed).find((item): item is VEvent => item?.type === "VEVENT")!;
  expect(`${localDateKey(event.start)} ${localTimeKey(event.start)}`).toBe(`${meeting.date} 13:00`);
  expect(String((event.organizer as unknown as { val: string }).val).toLowerCase()).toMatch(/^mailto:.+@/);
  expect(event.attendee).toMatchObject({ params: { RSVP: true }, val: expect.stringMatching(new RegExp(`^mailto:${guest}$`, "i")) });

  const [person] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [guest]);
  const yes = mail.text?.match(/https?:\/\/\S+\/antwoord\/\S+\?antwoord=ja/)?.[0];
  expect(yes).toMatch(new RegExp(`/antwoord/${meeting.id}/${person.id}/[A-Za-z0-9_-]+\\?antwoord=ja$`));
  expect(new URL(yes!).origin, "the answer link points at the site").toBe(new URL(baseURL).origin);

  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row", { name: new RegExp(guest) })).toContainText("uitnodiging: verzonden", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("row", { name: new RegExp(guest) })).toContainText("nog geen antwoord");
  // The invitee follows the link in the mail, as a person would: opening it records nothing, the button does.
  const invitee = await page.context().browser()!.newContext();
  const answerPage = await invitee.newPage();
  await answerPage.goto(yes!);
  await expect(answerPage.getByRole("heading", { level: 1, name: "Kom je?" })).toBeVisible();
  expect(await query(`SELECT 1 FROM "Rsvp" WHERE "meetingId" = $1`, [meeting.id])).toEqual([]);
  await answerPage.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(answerPage.getByText("Genoteerd: je komt.")).toBeVisible();
  await expectLandedOn(answerPage, new URL(yes!).pathname);
  expect(await query(`SELECT status FROM "Rsvp" WHERE "meetingId" = $1 AND "userId" = $2`, [meeting.id, person.id])).toEqual([{ status: "ATTENDING" }]);
  // The same link with one character of the signature changed is refused, in Dutch.
  const tampered = yes!.replace(
    /\/([A-Za-z0-9_-]+)\?antwoord=ja$/,
    (_match, signature: string) => `/${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}?antwoord=ja`,
  );
  const refused = await answerPage.goto(tampered);
  expect(refused?.status()).toBe(404);
  await expect(answerPage.getByRole("heading", { level: 1, name: "Deze link klopt niet" })).toBeVisible();
  await invitee.close();
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(guest) })).toContainText(/Komt(?! niet)/);
  expect(await auditActions(meeting.id)).toContain("meeting.invite");

  // A second send to the same address queues nothing.
  await page.getByLabel("Alle deelnemers die dit jaar meedoen").uncheck();
  await page.getByLabel(/Extra e-mailadressen/).fill(guest);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText("Er is niets verstuurd: iedereen die je koos was al uitgenodigd.")).toBeVisible();
  expect((await query(`SELECT 1 FROM "OutboxMail" WHERE "to" = $1 AND template = 'meeting-invitation'`, [guest])).length).toBe(1);
});

test("a form error is shown in an error summary, at the field, and the page stays accessible", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = `Foutbijeenkomst ${randomBytes(3).toString("hex")}`;
  const meeting = await publishedMeeting(title);
  await openInvitationPage(page, meeting.id, title);
  await page.getByLabel("Alle deelnemers die dit jaar meedoen").uncheck();
  await page.getByLabel(/Extra e-mailadressen/).fill("goed@e2e.example\ngeen adres");
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByRole("link", { name: /Extra e-mailadressen: Regel 2 is geen geldig e-mailadres/ })).toBeVisible();
  await expectNoViolations(page);
  expect((await query(`SELECT 1 FROM "Invitation" WHERE "meetingId" = $1`, [meeting.id])).length).toBe(0);
});

test("a draft meeting cannot be sent", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = `Conceptbijeenkomst ${randomBytes(3).toString("hex")}`;
  const meeting = await publishedMeeting(title);
  await query(`UPDATE "Meeting" SET published = false WHERE id = $1`, [meeting.id]);
  await openInvitationPage(page, meeting.id, title);
  await expect(page.getByText("Deze bijeenkomst is nog een concept")).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitnodiging versturen" })).toHaveCount(0);
});
