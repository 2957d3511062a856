import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { db } from "@/lib/db/client";
import { approveApplication } from "@/lib/members/approve-application";
import { submitApplication } from "@/lib/members/submit-application";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { testActor } from "./support/test-actor";
import { signUpInput } from "./fixtures";

const url = inject("databaseUrl");

/** Every row of every table, as text, to search for traces of a person. */
async function everything(): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    let text = "";
    for (const { tablename } of tables) text += JSON.stringify((await client.query(`SELECT * FROM "${tablename}"`)).rows);
    return text.toLowerCase();
  } finally {
    await client.end();
  }
}

async function member(name: string, email: string, phone: string) {
  const haarlem = await db.municipality.findUniqueOrThrow({ where: { name: "Haarlem" }, select: { id: true } });
  const result = await submitApplication(db, signUpInput({ name, email, phone, municipalityId: haarlem.id }), { client: "127.0.0.1" });
  if (result.outcome !== "submitted") throw new Error("aanmelden mislukt");
  await db.application.update({ where: { id: result.applicationId }, data: { confirmedAt: new Date() } });
  await approveApplication(db, result.applicationId, { actor: testActor });
  await requestSignInLink(db, { email, client: "127.0.0.1", returnTo: "/mijn-gegevens" });
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
}

describe("personal data", () => {
  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db);
  });

  it("export holds the person's own data and nobody else's", async () => {
    const eva = await member("Eva Evers", "eva.evers@haarlem.test", "06-11 11 11 11");
    await member("Frank Fonds", "frank.fonds@haarlem.test", "06-22 22 22 22");
    const exported = JSON.stringify(await exportPersonalData(db, eva.id));
    expect(exported).toContain("Eva Evers");
    expect(exported).toContain("eva.evers@haarlem.test");
    expect(exported).toContain("06-11 11 11 11");
    expect(exported).toContain("Haarlem");
    expect(exported).toContain("Bevestig je aanmelding");
    expect(exported).not.toContain("Frank");
    expect(exported).not.toContain("frank.fonds");
    expect(exported).not.toContain("06-22 22 22 22");
  });

  it("export holds the content of messages sent to the person and of messages about them", async () => {
    const hanna = await member("Hanna Hoek", "hanna.hoek@haarlem.test", "06-44 44 44 44");
    const exported = await exportPersonalData(db, hanna.id);
    // The secretaries' notice of the sign-up is about her: what it is made from names her and her details.
    const notice = exported.emailsAboutYou.find((mail) => mail.subject === "Nieuwe aanmelding: Hanna Hoek")!;
    expect(notice.madeFrom).toMatchObject({ template: "new-application", data: { name: "Hanna Hoek", email: "hanna.hoek@haarlem.test" } });
    // Her confirmation was made when sent: the export says what it was made from, and holds no link.
    const confirmation = exported.emailsSentToYou.find((mail) => mail.subject === "Bevestig je aanmelding bij het Wmo transformatienetwerk")!;
    expect(confirmation.madeFrom).toMatchObject({ template: "confirm-application", data: { name: "Hanna Hoek" } });
    expect(JSON.stringify(exported)).not.toMatch(/token=|bevestiging=/);
  });

  it("deletion leaves no personal data behind and keeps the municipality's fee record", async () => {
    const gijs = await member("Gijs Gerritsen", "gijs.gerritsen@haarlem.test", "06-33 33 33 33");
    expect(await everything()).toContain("gijs.gerritsen@haarlem.test");
    const feesBefore = await db.feeRecord.findMany({ select: { id: true, amountCents: true, year: true } });

    await deleteAccount(db, gijs.id);

    const remaining = await everything();
    for (const trace of ["gijs.gerritsen@haarlem.test", "gijs gerritsen", "06-33 33 33 33", gijs.id.toLowerCase()]) expect(remaining).not.toContain(trace);
    expect(await db.feeRecord.findMany({ select: { id: true, amountCents: true, year: true } })).toEqual(feesBefore);
    expect(remaining).toContain("eva.evers@haarlem.test");
    // Mail about other people stays, however alike their addresses.
    expect(await db.outboxMail.count({ where: { subject: "Nieuwe aanmelding: Eva Evers" } })).toBe(1);
  });

  it("export lists a person's own memberships per year, and deletion removes them", async () => {
    const vera = await buildPerson(db, {
      name: "Vera Visser",
      email: "vera@minvws.test",
      organisationType: "MINISTRY",
      organisationName: "Ministerie van VWS",
      memberships: { create: [{ year: 2026 }, { year: 2025 }] },
    });
    const exported = await exportPersonalData(db, vera.id);
    expect(exported.person.personalMemberships.map((membership) => membership.year)).toEqual([2025, 2026]);
    await deleteAccount(db, vera.id);
    expect(await db.personalMembership.count({ where: { userId: vera.id } })).toBe(0);
  });
});
