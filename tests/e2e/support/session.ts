import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { baseURL, e2eDatabaseUrl } from "../../support/e2e-env";
import { uniqueEmail } from "./members";

type MemberOptions = {
  /** Where the person works; a name from the seed, or one a test created. */
  municipality?: string;
  /** Whether the municipality takes part this year: members' rights follow it (lib/members/coverage.ts). */
  membershipThisYear?: boolean;
  /** Whether the secretary admitted the person; someone who only signed up is not (lib/members/coverage.ts). */
  admitted?: boolean;
};

/**
 * A signed-in member without going through the mailbox: creates the person and an Auth.js database
 * session directly, and gives the browser its session cookie. The sign-in flow itself is tested in accounts.spec.ts.
 * By default the person works for Tilburg, which gets its membership for this year (in Amsterdam) if it has none.
 */
export async function signedInMember(
  context: BrowserContext,
  name = "Hanna Hendriks",
  role: "MEMBER" | "SECRETARY" | "GUEST" = "MEMBER",
  { municipality = "Tilburg", membershipThisYear = true, admitted = true }: MemberOptions = {},
) {
  const email = uniqueEmail(role === "SECRETARY" ? "secretaris" : "lid");
  const userId = `e2e-${randomBytes(8).toString("hex")}`;
  const sessionToken = randomBytes(32).toString("hex");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", "admittedAt", role, phone, "jobTitle", "organisationType", "municipalityId", "updatedAt")
       SELECT $1, $2, $3, now(), CASE WHEN $6 THEN now() END, $4::"UserRole", '06-12 34 56 78', 'Beleidsadviseur', 'MUNICIPALITY', id, now()
       FROM "Municipality" WHERE name = $5`,
      [userId, name, email, role, municipality, admitted],
    );
    if (membershipThisYear) {
      await client.query(
        `INSERT INTO "Membership" (id, "municipalityId", year)
         SELECT 'e2e-' || id || '-' || y.year, id, y.year FROM "Municipality", (SELECT EXTRACT(YEAR FROM now() AT TIME ZONE 'Europe/Amsterdam')::int AS year) y
         WHERE name = $1
         ON CONFLICT DO NOTHING`,
        [municipality],
      );
    }
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
      `e2e-${sessionToken.slice(0, 12)}`,
      sessionToken,
      userId,
    ]);
  } finally {
    await client.end();
  }
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { email, userId };
}

export async function userExists(userId: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM "User" WHERE id = $1`, [userId])).rowCount === 1;
  } finally {
    await client.end();
  }
}

/** A signed-in secretary (a second one beside ADMIN_EMAILS), for admin tests that don't test the sign-in itself. */
export function signedInSecretary(context: BrowserContext, name = "Sanne Secretaris") {
  return signedInMember(context, name, "SECRETARY");
}
