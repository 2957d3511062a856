import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { buildMeeting } from "../support/builders/meeting";
import { buildMembership } from "../support/builders/membership";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { auditActions, query } from "./support/db";
import { writeFixtures } from "./support/fixtures";
import { newMunicipality, uniqueEmail } from "./support/members";
import { signedInMember, signedInSecretary } from "./support/session";

// The site's "this year" is the calendar year in Amsterdam.
const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(new Date()));

/** A published meeting of this test's own, next year. */
async function upcomingMeeting() {
  const slug = `e2e-jaar-${randomBytes(6).toString("hex")}`;
  const title = `Bijeenkomst ${slug}`;
  await writeFixtures((db) =>
    buildMeeting(db, { id: slug, slug, title, startsAt: `${year + 1}-03-12T12:00:00Z`, endsAt: `${year + 1}-03-12T16:00:00Z`, location: "Stadhuis Tilburg" }),
  );
  return { slug, title };
}

function giveMembershipThisYear(municipality: string) {
  return writeFixtures(async (db) => buildMembership(db, { municipalityId: await municipalityIdNamed(db, municipality), year }));
}

test("a member of a municipality without this year's membership cannot answer as a member, until it takes part", async ({ page, context }) => {
  const municipality = await newMunicipality();
  await signedInMember(context, "Nora Nietgedekt", "MEMBER", { municipality, membershipThisYear: false });
  const meeting = await upcomingMeeting();

  await page.goto(`/agenda/${meeting.slug}`);
  const attendance = page.getByRole("region", { name: "Kom je?" });
  await attendance.getByRole("link", { name: "Geef je antwoord" }).click();
  await expect(attendance.getByText(`Gemeente ${municipality} doet in ${year} (nog) niet mee.`)).toBeVisible();
  await expect(attendance.getByText(/kun je hier niet als deelnemer laten weten of je komt/)).toBeVisible();
  await expect(attendance.getByRole("link", { name: "Meld je aan voor dit jaar" })).toHaveAttribute("href", "/aanmelden");
  await expect(attendance.getByRole("link", { name: "Neem contact op met de secretaris" })).toBeVisible();
  await expect(attendance.getByRole("button", { name: "Ik kom", exact: true })).toHaveCount(0);
  await expect(attendance.getByRole("button", { name: "Ik kom niet" })).toHaveCount(0);
  await expectNoViolations(page);

  await page.goto("/mijn-gegevens");
  await expect(page.getByText(`Gemeente ${municipality} doet in ${year} (nog) niet mee.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Meld je aan voor dit jaar" })).toBeVisible();

  await giveMembershipThisYear(municipality);
  await page.goto(`/agenda/${meeting.slug}/antwoord`);
  await attendance.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(attendance.getByText("Genoteerd: je komt.")).toBeVisible();
  await expect(attendance.getByText(/niet als deelnemer/)).toHaveCount(0);
});

test("/mijn-gegevens says through which municipality the person takes part this year, with their colleagues", async ({ page, context, browser }) => {
  const municipality = await newMunicipality();
  await giveMembershipThisYear(municipality);
  const colleague = await browser.newContext();
  await signedInMember(colleague, "Cor Collega", "MEMBER", { municipality });
  await colleague.close();
  await signedInMember(context, "Mila Meedoen", "MEMBER", { municipality });

  await page.goto("/mijn-gegevens");
  await expect(page.getByText(`Dit jaar (${year}) doe je mee via de gemeente ${municipality}; 1 collega van je gemeente doet ook mee.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Meld je aan voor dit jaar" })).toHaveCount(0);
  await expectNoViolations(page);
});

test("the secretary gives and ends a ministry employee's own membership for this year", async ({ page, context }) => {
  await signedInSecretary(context);
  const name = `Vera Visser ${randomBytes(3).toString("hex")}`;
  const { id } = await writeFixtures((db) =>
    buildPerson(db, { name, email: uniqueEmail("ministerie"), organisationType: "MINISTRY", organisationName: "Ministerie van VWS", admittedAt: new Date() }),
  );
  await page.goto(`/beheer/mensen/${id}`);
  const participation = page.getByRole("region", { name: `Deelname ${year}` });
  await expect(participation.getByText(`Doet in ${year} niet mee: geen gemeente met een lidmaatschap en geen eigen lidmaatschap voor ${year}.`)).toBeVisible();

  await participation.getByRole("button", { name: `Eigen lidmaatschap ${year} geven` }).click();
  await expect(participation.getByRole("button", { name: `Eigen lidmaatschap ${year} beëindigen` })).toBeVisible();
  await expect(participation.getByText(`Doet in ${year} mee met een eigen lidmaatschap (Ministerie van VWS).`)).toBeVisible();
  expect(await query(`SELECT year FROM "PersonalMembership" WHERE "userId" = $1`, [id])).toEqual([{ year }]);
  await expectNoViolations(page);

  await participation.getByRole("button", { name: `Eigen lidmaatschap ${year} beëindigen` }).click();
  await expect(participation.getByRole("button", { name: `Eigen lidmaatschap ${year} geven` })).toBeVisible();
  expect(await query(`SELECT year FROM "PersonalMembership" WHERE "userId" = $1`, [id])).toEqual([]);
  expect(await auditActions(id)).toEqual(["user.personal-membership.give", "user.personal-membership.end"]);
});
