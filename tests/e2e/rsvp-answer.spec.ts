import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../support/e2e-env";
import { expectNoViolations } from "./support/axe";
import { buildMeeting } from "../support/builders/meeting";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { uniqueEmail } from "./support/members";
import { signedInMember } from "./support/session";

// The links are signed as the site under test signs them (see playwright.config.ts).
process.env.AUTH_SECRET = "e2e-only-secret-that-is-long-enough-0123456789";
process.env.SITE_URL = baseURL;
const { answerUrl } = await import("../../lib/meetings/answer-link");

const DAY = 24 * 3600 * 1000;
const suffix = () => randomBytes(5).toString("hex");

type MeetingSetup = { kind?: "MEETING" | "TWENTY_FOUR_HOUR"; capacity?: number; dinnerCapacity?: number; daysAhead?: number };

async function createMeeting({ kind = "MEETING", capacity, dinnerCapacity, daysAhead = 400 }: MeetingSetup = {}) {
  const id = `e2e-meeting-${suffix()}`;
  const title = `${kind === "TWENTY_FOUR_HOUR" ? "24-uurs testbijeenkomst" : "Testbijeenkomst"} ${id.slice(-6)}`;
  const startsAt = new Date(Math.floor((Date.now() + daysAhead * DAY) / DAY) * DAY + 12 * 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + (kind === "TWENTY_FOUR_HOUR" ? DAY : 4 * 3600 * 1000));
  await writeFixtures((db) => buildMeeting(db, { id, slug: id, kind, title, startsAt, endsAt, location: "Utrecht", capacity, dinnerCapacity }));
  return { id, slug: id, title };
}

async function createPerson(name = "Ria Rsvp") {
  const email = uniqueEmail("antwoord");
  const { id } = await writeFixtures((db) => buildPerson(db, { name, email }));
  return { id, email, name };
}

async function answerOf(meetingId: string, userId: string) {
  const rows = await query<{ status: string; days: string | null; dinner: boolean; overnight: boolean; dietaryWishes: string | null }>(
    `SELECT status, days, dinner, overnight, "dietaryWishes" FROM "Rsvp" WHERE "meetingId" = $1 AND "userId" = $2`,
    [meetingId, userId],
  );
  return rows[0] ?? null;
}

async function someoneComes(meetingId: string, dinner = false) {
  const other = await createPerson("Al Aangemeld");
  await writeFixtures((db) => buildRsvp(db, { userId: other.id, meetingId, days: "BOTH", dinner }));
}

const answerSection = (page: Page) => page.getByRole("region", { name: "Je antwoord" });

test("opening a signed link records nothing; pressing “Ik kom” does, and the confirmation arrives with a calendar invitation", async ({ page }) => {
  const meeting = await createMeeting({ capacity: 20 });
  const person = await createPerson();
  const response = await page.goto(answerUrl(meeting.id, person.id, "ja"));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Kom je?" })).toBeVisible();
  await expect(page.getByText(`Voor ${person.name}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: meeting.title })).toBeVisible();
  await expect(answerSection(page).getByText("0 van 20 plaatsen bezet.")).toBeVisible();
  await expect(answerSection(page).getByText(/In de e-mail koos je voor “Ik kom”/)).toBeVisible();
  await expectNoViolations(page);
  expect(await answerOf(meeting.id, person.id)).toBeNull();

  await answerSection(page).getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(answerSection(page).getByText("Genoteerd: je komt.")).toBeVisible();
  expect(await answerOf(meeting.id, person.id)).toMatchObject({ status: "ATTENDING" });

  const mail = await waitForMail(person.email, `Je antwoord voor ${meeting.title}`);
  const calendar = mail.attachments.find((part) => part.contentType.startsWith("text/calendar"));
  expect(calendar, "a text/calendar part").toBeTruthy();
  const ics = calendar!.content.toString("utf8");
  expect(ics).toContain("METHOD:REQUEST");
  expect(ics).toContain(`UID:${meeting.id}@wmo-transformatienetwerk`);
  expect(mail.text).toContain(`/antwoord/${meeting.id}/${person.id}/`);

  await page.reload();
  await expect(answerSection(page).getByText("Je hebt laten weten dat je komt.")).toBeVisible();
});

test("a tampered link, or one moved to another person, is refused with a Dutch message and records nothing", async ({ page }) => {
  const meeting = await createMeeting();
  const [person, other] = [await createPerson(), await createPerson("Andere Persoon")];
  const link = answerUrl(meeting.id, person.id);
  const signature = link.split("/").at(-1)!;
  const tampered = link.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
  for (const url of [tampered, link.replace(person.id, other.id), link.replace(meeting.id, `${meeting.id}x`)]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze link klopt niet" })).toBeVisible();
    await expect(page.getByText(/We hebben niets genoteerd/)).toBeVisible();
  }
  await expectNoViolations(page);
  expect(await answerOf(meeting.id, person.id)).toBeNull();
  expect(await answerOf(meeting.id, other.id)).toBeNull();
});

test("a meeting that is over says so", async ({ page }) => {
  const meeting = await createMeeting({ daysAhead: -10 });
  const person = await createPerson();
  await page.goto(answerUrl(meeting.id, person.id, "ja"));
  await expect(page.getByRole("heading", { level: 1, name: "Deze bijeenkomst is voorbij" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ik kom", exact: true })).toHaveCount(0);
});

test("a 24-hour meeting asks days, dinner, overnight stay and dietary wishes, and refuses a full dinner at its field", async ({ page }) => {
  const meeting = await createMeeting({ kind: "TWENTY_FOUR_HOUR", dinnerCapacity: 1 });
  await someoneComes(meeting.id, true);
  const person = await createPerson();
  await page.goto(answerUrl(meeting.id, person.id, "ja"));
  const section = answerSection(page);
  await expect(section.getByText("Diner: 1 van 1 plaatsen bezet.")).toBeVisible();
  await section.getByRole("radio", { name: "Alleen de eerste dag" }).check();
  await section.getByRole("checkbox", { name: "Ik eet mee met het diner" }).check();
  await section.getByRole("checkbox", { name: "Ik blijf overnachten" }).check();
  await section.getByLabel(/Dieetwensen/).fill("Halal");
  await section.getByRole("button", { name: "Ik kom", exact: true }).click();

  const summary = page.getByRole("heading", { name: "Er is 1 fout gevonden" });
  await expect(summary).toBeFocused();
  await expect(page.getByRole("link", { name: /Diner: Het diner is vol/ })).toBeVisible();
  await expectNoViolations(page);
  expect(await answerOf(meeting.id, person.id)).toBeNull();

  await section.getByRole("checkbox", { name: "Ik eet mee met het diner" }).uncheck();
  await section.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(section.getByText("Genoteerd: je komt.")).toBeVisible();
  expect(await answerOf(meeting.id, person.id)).toEqual({ status: "ATTENDING", days: "FIRST_DAY", dinner: false, overnight: true, dietaryWishes: "Halal" });

  // The wishes are not shown again on the page behind the link, nor sent in it (the page, React's payload).
  const reloaded = await page.reload();
  await expect(section.getByLabel(/Dieetwensen/)).toHaveValue("");
  await expect(section.getByText(/Je gaf al wensen door/)).toBeVisible();
  expect(await reloaded!.text()).not.toContain("Halal");
  const payload = await page.request.get(page.url(), { headers: { RSC: "1" } });
  expect(await payload.text()).not.toContain("Halal");
});

test("a signed-in member answers a 24-hour meeting from its page, with the extended form", async ({ page, context }) => {
  await signedInMember(context);
  const meeting = await createMeeting({ kind: "TWENTY_FOUR_HOUR", capacity: 30 });
  await page.goto(`/agenda/${meeting.slug}`);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await expect(attendance.getByText("0 van 30 plaatsen bezet.")).toBeVisible();
  await attendance.getByRole("link", { name: "Geef je antwoord" }).click();
  await expect(attendance.getByRole("group", { name: "Welke dagen kom je?" })).toBeVisible();
  await expectNoViolations(page);
  await attendance.getByRole("checkbox", { name: "Ik eet mee met het diner" }).check();
  await attendance.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(attendance.getByText("Genoteerd: je komt.")).toBeVisible();
  await page.reload();
  await expect(attendance.getByText("1 van 30 plaatsen bezet.")).toBeVisible();
  await expect(attendance.getByRole("checkbox", { name: "Ik eet mee met het diner" })).toBeChecked();
  await page.goto("/mijn-gegevens");
  await expect(page.getByRole("link", { name: meeting.title })).toBeVisible();
  await expect(page.getByText("Beide dagen, met diner, zonder overnachting")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a full meeting puts the person on the waiting list and says how many places are taken", async ({ page }) => {
    const meeting = await createMeeting({ capacity: 1 });
    await someoneComes(meeting.id);
    const person = await createPerson();
    await page.goto(answerUrl(meeting.id, person.id, "ja"));
    await expect(answerSection(page).getByText("1 van 1 plaatsen bezet.")).toBeVisible();
    await answerSection(page).getByRole("button", { name: "Ik kom", exact: true }).click();
    await expect(page.getByText(/Alle plaatsen zijn bezet: je staat op de wachtlijst \(nummer 1\)/)).toBeVisible();
    expect(await answerOf(meeting.id, person.id)).toMatchObject({ status: "WAITLISTED" });

    await page.goto(answerUrl(meeting.id, person.id));
    await expect(answerSection(page).getByText("1 van 1 plaatsen bezet, 1 op de wachtlijst.")).toBeVisible();
    await answerSection(page).getByRole("button", { name: "Ik kom niet" }).click();
    await expect(page.getByText("Genoteerd: je komt niet.")).toBeVisible();
    expect(await answerOf(meeting.id, person.id)).toMatchObject({ status: "NOT_ATTENDING" });
  });
});
