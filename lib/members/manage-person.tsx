import "server-only";
import { recordChange, type Actor } from "../audit/record-change";
import { adminEmails } from "../auth/admin-emails";
import type { Database } from "../db/client";
import { Prisma } from "../db/generated/client";
import { queueMail } from "../mail/outbox";
import type { PersonDetails } from "./person-schema";

export type SavePersonResult = { outcome: "saved"; id: string } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;
const EMAIL_IN_USE = "Dit e-mailadres hoort al bij een ander account.";

/** The columns as stored: a municipality for municipal staff, an organisation name for the others. */
function columnsOf(details: PersonDetails) {
  const municipal = details.organisationType === "MUNICIPALITY";
  return {
    name: details.name,
    email: details.email,
    phone: details.phone,
    jobTitle: details.jobTitle,
    organisationType: details.organisationType,
    municipalityId: municipal ? details.municipalityId : null,
    organisationName: municipal || details.organisationType === "VNG" ? null : details.organisationName,
    role: details.role,
  };
}

async function problemsOf(tx: Tx, details: PersonDetails, { exceptId, actor }: { exceptId?: string; actor: Actor }) {
  const fieldErrors: Record<string, string> = {};
  const [sameEmail, municipality] = await Promise.all([
    tx.user.findFirst({ where: { email: details.email, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } }),
    details.organisationType === "MUNICIPALITY" ? tx.municipality.findUnique({ where: { id: details.municipalityId }, select: { id: true } }) : null,
  ]);
  if (sameEmail) fieldErrors.email = EMAIL_IN_USE;
  if (details.organisationType === "MUNICIPALITY" && !municipality) fieldErrors.municipalityId = "Kies een gemeente uit de lijst.";
  if (details.role !== "SECRETARY" && adminEmails().includes(details.email)) {
    fieldErrors.role = "Dit adres staat in ADMIN_EMAILS en is daarom altijd secretaris.";
  }
  if (exceptId && exceptId === actor.id && details.role !== "SECRETARY") fieldErrors.role = "Je kunt je eigen rol van secretaris niet afnemen.";
  return fieldErrors;
}

function emailTaken(error: unknown): SavePersonResult | null {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? { outcome: "invalid", fieldErrors: { email: EMAIL_IN_USE } } : null;
}

/**
 * Adds a person by hand. With `welcome`, a sign-in link and the welcome mail are made in the same
 * transaction, so the mail never goes out for a person who was not saved. The address stays unconfirmed
 * until the link is used.
 */
export async function createPerson(db: Database, actor: Actor, details: PersonDetails & { welcome: boolean }): Promise<SavePersonResult> {
  let result: SavePersonResult;
  try {
    result = await db.$transaction(async (tx): Promise<SavePersonResult> => {
      const fieldErrors = await problemsOf(tx, details, { actor });
      if (Object.keys(fieldErrors).length) return { outcome: "invalid", fieldErrors };
      const columns = columnsOf(details);
      // Added by the secretary: admitted.
      const person = await tx.user.create({ data: { ...columns, admittedAt: new Date() }, select: { id: true } });
      await recordChange(tx, actor, { action: "user.create", entityType: "User", entityId: person.id, entityLabel: details.name, after: columns });
      if (details.welcome) {
        // The sign-in link is made when the mail is sent: the queued row holds no usable link.
        await queueMail(tx, { to: details.email, template: "welcome", data: { name: details.name }, aboutUserId: person.id });
      }
      return { outcome: "saved", id: person.id };
    });
  } catch (error) {
    const refused = emailTaken(error);
    if (refused) return refused;
    throw error;
  }
  return result;
}

const columnKeys = ["name", "email", "phone", "jobTitle", "organisationType", "municipalityId", "organisationName", "role"] as const;

/** Saves a person's details and role; the audit entry holds only the fields that changed. */
export async function updatePerson(db: Database, actor: Actor, id: string, details: PersonDetails): Promise<SavePersonResult> {
  try {
    return await db.$transaction(async (tx): Promise<SavePersonResult> => {
      const current = await tx.user.findUnique({
        where: { id },
        select: Object.fromEntries(columnKeys.map((key) => [key, true])) as Record<(typeof columnKeys)[number], true>,
      });
      if (!current) return { outcome: "not-found" };
      const fieldErrors = await problemsOf(tx, details, { exceptId: id, actor });
      if (Object.keys(fieldErrors).length) return { outcome: "invalid", fieldErrors };
      const columns = columnsOf(details);
      const changed = columnKeys.filter((key) => current[key] !== columns[key]);
      if (!changed.length) return { outcome: "saved", id };
      await tx.user.update({ where: { id }, data: columns, select: { id: true } });
      await recordChange(tx, actor, {
        action: "user.update",
        entityType: "User",
        entityId: id,
        entityLabel: details.name,
        before: Object.fromEntries(changed.map((key) => [key, current[key]])),
        after: Object.fromEntries(changed.map((key) => [key, columns[key]])),
      });
      return { outcome: "saved", id };
    });
  } catch (error) {
    const refused = emailTaken(error);
    if (refused) return refused;
    throw error;
  }
}
