import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import ical, { type VEvent } from "node-ical";
import { expectNoViolations } from "./support/axe";
import { auditActions, query } from "./support/db";
import { newMunicipality } from "./support/members";
import { signedInMember, signedInSecretary } from "./support/session";

const unique = (title: string) => `${title} ${randomBytes(4).toString("hex")}`;

function plain(value: unknown): string {
  if (value && typeof value === "object" && "val" in value) return String((value as { val: unknown }).val);
  return value === undefined || value === null ? "" : String(value);
}

async function eventsAt(page: Page, path: string): Promise<VEvent[]> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return Object.values(ical.sync.parseICS(await response.text())).filter((component): component is VEvent => component?.type === "VEVENT");
}

type NewMeeting = { title: string; startDate?: string; endDate?: string; status?: "Concept" | "Gepubliceerd"; address?: string };

/** Fills in the new-meeting form as the secretary; returns the page's meeting id and public slug. */
async function fillMeetingForm(page: Page, { title, startDate = "2030-05-16", endDate, status = "Gepubliceerd", address }: NewMeeting) {
  await page.goto("/beheer/bijeenkomsten/nieuw");
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("radio", { name: "Bijeenkomst", exact: true }).check();
  await page.getByLabel("Begindatum").fill(startDate);
  if (endDate) await page.getByLabel("Einddatum").fill(endDate);
  await page.getByLabel("Begintijd").fill("13:00");
  await page.getByLabel("Eindtijd").fill("17:00");
  await page.getByLabel("Locatie").fill("Utrecht");
  if (address) await page.getByLabel(/^Adres/).fill(address);
  await page.getByLabel("Gastgemeente").selectOption({ label: "Tilburg" });
  await page.getByRole("radio", { name: new RegExp(`^${status}`) }).check();
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
}

async function createMeeting(page: Page, meeting: NewMeeting) {
  await fillMeetingForm(page, meeting);
  await expect(page).toHaveURL(/\/beheer\/bijeenkomsten\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  const id = page.url().split("/").pop()!;
  const [{ slug }] = await query<{ slug: string }>(`SELECT slug FROM "Meeting" WHERE id = $1`, [id]);
  return { id, slug };
}

async function addTopic(page: Page, title: string, speaker?: string) {
  await page.getByLabel("Onderwerp", { exact: true }).fill(title);
  if (speaker) await page.getByLabel("Spreker (niet verplicht)", { exact: true }).fill(speaker);
  await page.getByRole("button", { name: "Agendapunt toevoegen" }).click();
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Onderwerpen en sprekers" }) }).locator("ol > li", { hasText: title }),
  ).toBeVisible();
}

test("the secretary creates a published meeting with topics; it shows on the agenda, in the feed, and follows a reorder", async ({ page, context }) => {
  await signedInSecretary(context);
  await page.goto("/beheer/bijeenkomsten/nieuw");
  await expectNoViolations(page);

  const title = unique("Voorjaarsbijeenkomst");
  const { id, slug } = await createMeeting(page, { title, address: "Stationsplein 1\n3511 ED Utrecht" });
  expect(slug).toMatch(/^2030-05-16-voorjaarsbijeenkomst-/);
  await expectNoViolations(page);
  await addTopic(page, "Opening en kennismaking", "Anna de Vries");
  await addTopic(page, "Werksessie inkoop", "Bram Jansen");
  await expectNoViolations(page);
  expect(await auditActions(id)).toEqual(["meeting.create", "meeting.agenda-item.add", "meeting.agenda-item.add"]);

  await page.goto("/agenda");
  const card = page.locator("article", { has: page.getByRole("link", { name: title }) });
  await expect(card).toContainText("Stationsplein 1");
  const [event] = (await eventsAt(page, "/agenda.ics")).filter((candidate) => plain(candidate.url).endsWith(`/agenda/${slug}`));
  expect(plain(event.summary)).toBe(title);
  // 16 May 2030 is summer time in Amsterdam: 13.00 there is 11.00 UTC.
  expect(event.start.toISOString()).toBe("2030-05-16T11:00:00.000Z");

  await page.goto(`/agenda/${slug}`);
  const topics = page.locator("section", { has: page.getByRole("heading", { name: "Onderwerpen en sprekers" }) }).locator("li");
  await expect(topics).toHaveText([/^Opening en kennismaking/, /^Werksessie inkoop/]);

  await page.goto(`/beheer/bijeenkomsten/${id}`);
  await page.getByRole("button", { name: "Omhoog: Werksessie inkoop" }).click();
  await expect(page.getByRole("button", { name: "Omhoog: Opening en kennismaking" })).toBeVisible();
  await page.goto(`/agenda/${slug}`);
  await expect(topics).toHaveText([/^Werksessie inkoop/, /^Opening en kennismaking/]);
  expect(await auditActions(id)).toContain("meeting.agenda-item.move");
});

test("an end before the start is refused at the field and nothing is saved", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = unique("Foute datum");
  await fillMeetingForm(page, { title, startDate: "2030-05-16", endDate: "2030-05-15" });
  await expect(page.getByRole("heading", { name: "Er is 1 fout gevonden" })).toBeFocused();
  await expect(page.getByRole("link", { name: /Einddatum: De einddatum ligt voor de begindatum/ })).toBeVisible();
  await expect(page.getByLabel("Einddatum")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/beheer\/bijeenkomsten\/nieuw$/);
  await expectNoViolations(page);
  expect(await query(`SELECT id FROM "Meeting" WHERE title = $1`, [title])).toHaveLength(0);
});

test("a draft stays off the agenda, its page and the feed; the admin list shows it", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = unique("Conceptbijeenkomst");
  const { id, slug } = await createMeeting(page, { title, status: "Concept" });
  expect(await auditActions(id)).toEqual(["meeting.create"]);
  await expect(page.getByRole("link", { name: "Bekijk op de site" })).toHaveCount(0);

  await page.goto(`/beheer/bijeenkomsten?q=${encodeURIComponent(title)}&filter=concept`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Concept");
  await expectNoViolations(page);

  await page.goto("/agenda");
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.request.get(`/agenda/${slug}`)).status()).toBe(404);
  expect((await page.request.get(`/agenda/${slug}/kalender.ics`)).status()).toBe(404);
  expect((await eventsAt(page, "/agenda.ics")).filter((event) => plain(event.url).endsWith(`/agenda/${slug}`))).toHaveLength(0);
});

test("a cancelled meeting shows “Afgelast” on the agenda and is CANCELLED in its calendar file", async ({ page, context }) => {
  await signedInSecretary(context);
  const title = unique("Afgelaste bijeenkomst");
  const { id, slug } = await createMeeting(page, { title });

  await page.getByRole("button", { name: "Bijeenkomst afgelasten" }).click();
  await expect(page.getByText("Zet het vinkje om te bevestigen").first()).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Ja, ik wil deze bijeenkomst afgelasten").check();
  await page.getByRole("button", { name: "Bijeenkomst afgelasten" }).click();
  await expect(page.getByText(/^Deze bijeenkomst is afgelast op/)).toBeVisible();
  await expect(page.getByText("Status: Afgelast.")).toBeVisible();
  expect(await auditActions(id)).toEqual(["meeting.create", "meeting.cancel"]);

  await page.goto("/agenda");
  await expect(page.locator("article", { has: page.getByRole("link", { name: title }) })).toContainText("Afgelast");
  await page.goto(`/agenda/${slug}`);
  await expect(page.getByText("Deze bijeenkomst gaat niet door.")).toBeVisible();
  const [event] = await eventsAt(page, `/agenda/${slug}/kalender.ics`);
  expect(event.status).toBe("CANCELLED");
});

const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

async function upload(page: Page, title: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Titel van het document").fill(title);
  await page.getByLabel("Bestand", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Document uploaden" }).click();
}

/** A covered member of Tilburg, a guest whose municipality does not take part this year, or a visitor. */
async function newContextAs(browser: Browser, role: "MEMBER" | "GUEST" | null) {
  const context = await browser.newContext();
  if (role === "MEMBER") await signedInMember(context, "Lid van het netwerk");
  if (role === "GUEST") await signedInMember(context, "Gast van het netwerk", "GUEST", { municipality: await newMunicipality(), membershipThisYear: false });
  return context;
}

test("documents: upload checked by content and size; members download, visitors are sent to sign in", async ({ page, context, browser }) => {
  test.setTimeout(60_000);
  await signedInSecretary(context);
  const { id, slug } = await createMeeting(page, { title: unique("Bijeenkomst met stukken") });
  const documents = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Documenten" }) }).locator(":scope > ul > li");

  await upload(page, "Programma", { name: "programma.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(documents).toHaveText([/^Programma \(PDF, 1 kB\)/]);
  const [document] = await query<{ id: string }>(`SELECT id FROM "MeetingDocument" WHERE "meetingId" = $1`, [id]);
  expect(await auditActions(document.id)).toEqual(["document.upload"]);

  await upload(page, "Nep", { name: "nep.pdf", mimeType: "application/pdf", buffer: Buffer.from("Dit is gewoon tekst, geen PDF.\n") });
  await expect(page.getByRole("link", { name: /Bestand: Dit soort bestand kan niet/ })).toBeVisible();
  await expect(page.getByLabel("Bestand", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);

  await upload(page, "Te groot", { name: "groot.pdf", mimeType: "application/pdf", buffer: Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024)]) });
  await expect(page.getByRole("link", { name: /Bestand: Dit bestand is te groot/ })).toBeVisible({ timeout: 20_000 });
  await expect(documents).toHaveCount(1);
  expect(await query(`SELECT id FROM "MeetingDocument" WHERE "meetingId" = $1`, [id])).toHaveLength(1);

  const member = await newContextAs(browser, "MEMBER");
  const memberPage = await member.newPage();
  await memberPage.goto(`/agenda/${slug}`);
  const link = memberPage.getByRole("link", { name: "Programma" });
  await expect(link).toHaveAttribute("href", `/agenda/${slug}/documenten/${document.id}`);
  const download = await member.request.get(`/agenda/${slug}/documenten/${document.id}`);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body())).toEqual(pdf);
  expect(download.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": 'attachment; filename="programma.pdf"',
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  await member.close();

  const visitor = await newContextAs(browser, null);
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/agenda/${slug}`);
  await visitorPage.getByRole("link", { name: "Programma" }).click();
  await expect(visitorPage).toHaveURL(new RegExp(`/inloggen\\?terug=${encodeURIComponent(`/agenda/${slug}`)}$`));
  const direct = await visitor.request.get(`/agenda/${slug}/documenten/${document.id}`, { maxRedirects: 0 });
  expect(direct.status()).toBeGreaterThanOrEqual(300);
  expect(direct.headers().location).toContain(`/inloggen?terug=${encodeURIComponent(`/agenda/${slug}`)}`);
  await visitor.close();

  const guest = await newContextAs(browser, "GUEST");
  expect((await guest.request.get(`/agenda/${slug}/documenten/${document.id}`)).status()).toBe(403);
  await guest.close();

  await page.getByRole("button", { name: "Verwijderen: document Programma" }).click();
  await expect(documents).toHaveCount(0);
  expect(await auditActions(document.id)).toEqual(["document.upload", "document.remove"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the secretary creates a meeting, adds topics and reorders them", async ({ page, context }) => {
    await signedInSecretary(context);
    const title = unique("Zonder JavaScript");
    const { id } = await createMeeting(page, { title });
    await addTopic(page, "Eerste punt");
    await addTopic(page, "Tweede punt");
    await page.getByRole("button", { name: "Omlaag: Eerste punt" }).click();
    const topics = page.locator("section", { has: page.getByRole("heading", { name: "Onderwerpen en sprekers" }) }).locator("ol > li");
    await expect(topics).toHaveText([/^Tweede punt/, /^Eerste punt/]);
    await page.getByRole("button", { name: "Verwijderen: Eerste punt" }).click();
    await expect(topics).toHaveText([/^Tweede punt/]);
    await upload(page, "Presentatie", { name: "presentatie.pdf", mimeType: "application/pdf", buffer: pdf });
    const documents = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Documenten" }) }).locator(":scope > ul > li");
    await expect(documents).toHaveText([/^Presentatie \(PDF, 1 kB\)/]);
    expect(await auditActions(id)).toEqual([
      "meeting.create",
      "meeting.agenda-item.add",
      "meeting.agenda-item.add",
      "meeting.agenda-item.move",
      "meeting.agenda-item.remove",
    ]);
    expect(await query(`SELECT id FROM "MeetingDocument" WHERE "meetingId" = $1`, [id])).toHaveLength(1);
  });
});
