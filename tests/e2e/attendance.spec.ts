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

/**
 * A 24-hour meeting (on 12 March 2031 unless `startsAt` says otherwise) with people who answered (and one invitee
 * who did not), written straight into the database.
 */
function seedMeeting(people: Person[], startsAt = new Date("2031-03-12T12:00:00Z")) {
  return writeFixtures(async (db) => {
    const userIds: string[] = [];
    const { id, title, slug } = await buildMeeting(db, {
      kind: "TWENTY_FOUR_HOUR",
      title: `24-uursbijeenkomst Zwolle ${suffix()}`,
      slug: `${startsAt.toISOString().slice(0, 10)}-24-uursbijeenkomst-${suffix()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 26 * 3600 * 1000),
      location: "Zwolle",
      capacity: 50,
      dinnerCapacity: 40,
    });
    const municipalityId = await municipalityIdNamed(db, "Tilburg");
    for (const person of people) {
      const { id: userId } = await buildPerson(db, { name: person.name, email: uniqueEmail("aanwezig"), municipalityId });
      userIds.push(userId);
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
    return { id, title, slug, userIds };
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

test("after the meeting the secretary ticks who came with the keyboard; the meeting list, the municipalities and the person's page follow", async ({
  page,
  context,
  browser,
}) => {
  const anna = `Anna Aanwezig ${suffix()}`;
  const bram = `Bram Afwezig ${suffix()}`;
  const nina = `Nina Toch ${suffix()}`;
  const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const { id, title, userIds } = await seedMeeting(
    [
      { name: anna, status: "ATTENDING" },
      { name: bram, status: "ATTENDING" },
      { name: nina, status: "NOT_ATTENDING" },
    ],
    lastWeek,
  );
  await signedInSecretary(context);
  await page.goto(`/beheer/bijeenkomsten/${id}/aanwezigheid`);
  await expect(page.getByText("De presentielijst is nog niet bijgehouden.")).toBeVisible();
  const list = page.getByRole("group", { name: "Aanwezig" });
  await expect(list.getByRole("checkbox")).toHaveCount(3);
  await expectNoViolations(page);

  // Space ticks, Tab goes to the next person, Enter on the button saves the whole list at once.
  await list.getByRole("checkbox", { name: new RegExp(anna) }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(list.getByRole("checkbox", { name: new RegExp(bram) })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(list.getByRole("checkbox", { name: new RegExp(`${nina} \\(Tilburg\\), antwoord: komt niet`) })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Presentielijst opslaan" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("De presentielijst is opgeslagen: 2 aanwezig.")).toBeVisible();
  await expectNoViolations(page);
  await page.reload();
  await expect(page.getByText("2 van 2 aanwezig (van wie lieten weten te komen).")).toBeVisible();
  await expect(list.getByRole("checkbox", { name: new RegExp(anna) })).toBeChecked();
  await expect(list.getByRole("checkbox", { name: new RegExp(bram) })).not.toBeChecked();

  await page.goto(`/beheer/bijeenkomsten?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("2 van 2 aanwezig");
  await expect(page.getByRole("table", { name: /^Aanwezigheid per gemeente/ }).getByRole("row", { name: /^Tilburg/ })).toContainText(/\d+ keer aanwezig/);
  await expectNoViolations(page);

  await page.goto(`/beheer/mensen/${userIds[0]}`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("ja");
  await expect(page.getByText("Volgens de presentielijsten aanwezig bij 1 bijeenkomst.")).toBeVisible();

  // Without JavaScript the same form posts as a plain form: unticking Nina saves too.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await signedInSecretary(plain);
  const noScript = await plain.newPage();
  await noScript.goto(`/beheer/bijeenkomsten/${id}/aanwezigheid`);
  await noScript.getByRole("checkbox", { name: new RegExp(nina) }).uncheck();
  await noScript.getByRole("button", { name: "Presentielijst opslaan" }).click();
  await expect(noScript.getByText("De presentielijst is opgeslagen: 1 aanwezig.")).toBeVisible();
  await noScript.goto(`/beheer/bijeenkomsten/${id}/aanwezigheid`);
  await expect(noScript.getByText("1 van 2 aanwezig (van wie lieten weten te komen).")).toBeVisible();
  await plain.close();
});

test("before the meeting there is nothing to tick yet", async ({ page, context }) => {
  const { id } = await seedMeeting([{ name: `Vroeg ${suffix()}`, status: "ATTENDING" }]);
  await signedInSecretary(context);
  await page.goto(`/beheer/bijeenkomsten/${id}/aanwezigheid`);
  await expect(page.getByText("Vanaf het begin van de bijeenkomst vink je hier aan wie er was.")).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
});
