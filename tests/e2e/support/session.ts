import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { baseURL, e2eDatabaseUrl } from "../../support/e2e-env";
import { buildMembership } from "../../support/builders/membership";
import { municipalityIdNamed } from "../../support/builders/municipality";
import { buildPerson } from "../../support/builders/person";
import { buildSession } from "../../support/builders/session";
import { onSiteDatabase } from "./fixtures";
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
  // A new person and session change no public page: the kept pages stay as they are.
  const { userId, sessionToken } = await onSiteDatabase(async (db) => {
    const municipalityId = await municipalityIdNamed(db, municipality);
    const person = await buildPerson(db, {
      name,
      email,
      role,
      emailVerified: new Date(),
      admittedAt: admitted ? new Date() : null,
      phone: "06-12 34 56 78",
      jobTitle: "Beleidsadviseur",
      organisationType: "MUNICIPALITY",
      municipalityId,
    });
    if (membershipThisYear) await buildMembership(db, { municipalityId });
    return { userId: person.id, sessionToken: await buildSession(db, person.id) };
  });
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
