import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildMeeting } from "../support/builders/meeting";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { writeFixtures } from "./support/fixtures";
import { uniqueEmail } from "./support/members";
import { signedInMember, signedInSecretary } from "./support/session";

const suffix = () => randomBytes(4).toString("hex");

type Person = {
  name: string;
  status?: "ATTENDING" | "NOT_ATTENDING" | "WAITLISTED";
  dinner?: boolean;
  overnight?: boolean;
  diet?: string;
  waitlistedAt?: string;
};

/** A 24-hour meeting with people who answered (and one invitee who did not), written straight into the database. */
function seedMeeting(people: Person[]) {
  return writeFixtures(async (db) => {
    const { id, title, slug } = await buildMeeting(db, {
      kind: "TWENTY_FOUR_HOUR",
      title: `24-uursbijeenkomst Zwolle ${suffix()}`,
      slug: `2031-03-12-24-uursbijeenkomst-${suffix()}`,
      startsAt: "2031-03-12T12:00:00Z",
      endsAt: "2031-03-13T14:00:00Z",
      location: "Zwolle",
      capacity: 50,
      dinnerCapacity: 40,
    });
    const municipalityId = await municipalityIdNamed(db, "Tilburg");
    for (const person of people) {
      const { id: userId } = await buildPerson(db, { name: person.name, email: uniqueEmail("aanwezig"), municipalityId });
      if (person.status) {
        await buildRsvp(db, {
          userId,
          meetingId: id,
          status: person.status,
          days: "BOTH",
          dinner: person.dinner,
          overnight: person.overnight,
          dietaryWishes: person.diet,
          waitlistedAt: person.waitlistedAt,
        });
      } else {
        await db.invitation.create({ data: { meetingId: id, userId } });
      }
    }
    return { id, title, slug };
  });
}

const count = (page: Page, label: string) => page.locator("dl > div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");

test("the secretary sees counts and names, downloads the CSV for Excel and prints a presence list", async ({ page, context }) => {
  const zoe = `Zoë Ĳsselmuiden; José ${suffix()}`;
  const bram = `Bram Bakker ${suffix()}`;
  const wim = `Wim Wachter ${suffix()}`;
  const { id, title, slug } = await seedMeeting([
    { name: zoe, status: "ATTENDING", dinner: true, overnight: true, diet: "Veganistisch" },
    { name: bram, status: "ATTENDING", dinner: true },
    { name: wim, status: "WAITLISTED", waitlistedAt: "2031-01-01T10:00:00Z" },
    { name: `Nina Nee ${suffix()}`, status: "NOT_ATTENDING" },
    { name: `Otto Open ${suffix()}` },
  ]);
  await signedInSecretary(context);

  await page.goto(`/beheer/bijeenkomsten/${id}`);
  await page.getByRole("link", { name: /^Aanwezigheid/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Aanwezigheid: ${title}` })).toBeVisible();
  await expect(count(page, "Komen \\(plaatsen bezet\\)")).toHaveText("2 van 50");
  await expect(count(page, "Komen niet")).toHaveText("1");
  await expect(count(page, "Nog geen antwoord")).toHaveText("1");
  await expect(count(page, "Wachtlijst")).toHaveText("1");
  await expect(count(page, "Diner")).toHaveText("2 van 40");
  await expect(count(page, "Overnachting")).toHaveText("1");
  await expect(count(page, "Met dieetwensen")).toHaveText("1");
  const coming = page.getByRole("table", { name: "Wie komen, op naam" });
  await expect(coming.getByRole("row")).toHaveCount(3);
  await expect(coming.getByRole("row", { name: new RegExp(bram) })).toContainText("Tilburg");
  await expect(coming.getByRole("row", { name: /Zoë/ })).toContainText("Veganistisch");
  await expect(page.getByRole("table", { name: /^Wachtlijst/ }).getByRole("row", { name: new RegExp(wim) })).toBeVisible();
  await expectNoViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download de lijst voor Excel (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`aanwezigheid-${slug}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain("Naam;Gemeente of organisatie;E-mailadres;Antwoord");
  expect(csv).toContain(`"${zoe}";Tilburg;`);
  expect(csv).toContain("\r\n");

  await page.getByRole("link", { name: "Presentielijst afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Presentielijst ${title}` })).toBeVisible();
  const list = page.getByRole("table", { name: /^Wie komen/ });
  await expect(list.getByRole("columnheader", { name: "Handtekening" })).toBeVisible();
  await expect(list.getByRole("row", { name: new RegExp(bram) })).toContainText("Tilburg");
  await expect(list.getByRole("row")).toHaveCount(3);
  // Only who comes is on the list: not the waiting list.
  await expect(list).not.toContainText(wim);
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  await expectNoViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(list.getByRole("columnheader", { name: "Handtekening" })).toBeVisible();
});

test("members get 403 on the attendance page, its CSV and the presence list; anonymous visitors sign in first", async ({ browser, request }) => {
  const { id } = await seedMeeting([{ name: `Geheim Lid ${suffix()}`, status: "ATTENDING", diet: "Koosjer" }]);
  const base = `/beheer/bijeenkomsten/${id}/aanwezigheid`;

  const anonymous = await request.get(`${base}/csv`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toBe(`/inloggen?terug=${encodeURIComponent(base)}`);

  const memberContext = await browser.newContext();
  await signedInMember(memberContext);
  for (const path of [base, `${base}/csv`, `${base}/afdrukken`]) {
    const response = await memberContext.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    const body = await response.text();
    expect(body).not.toContain("Koosjer");
    expect(body).toContain("Geen toegang");
  }
  await memberContext.close();

  const secretaryContext = await browser.newContext();
  await signedInSecretary(secretaryContext);
  const csv = await secretaryContext.request.get(`${base}/csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="aanwezigheid-.+\.csv"$/);
  expect((await secretaryContext.request.get(`/beheer/bijeenkomsten/bestaat-niet/aanwezigheid/csv`)).status()).toBe(404);
  await secretaryContext.close();
});
