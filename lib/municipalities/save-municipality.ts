import "server-only";
import { recordChange, type Actor } from "../audit/record-change";
import type { Database } from "../db/client";
import { Prisma } from "../db/generated/client";
import { slugify } from "../format/slug";
import { fieldNamesOf } from "../forms/field-names";
import { type MunicipalityDetails, newMunicipalitySchema } from "./municipality-schema";

export type SaveMunicipalityResult = { outcome: "saved"; id: string } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;

/** Name (case-insensitively), slug and CBS code must each belong to one municipality only: never a silent merge. */
async function conflictsOf(tx: Tx, details: MunicipalityDetails, slug: string, exceptId?: string) {
  const others = await tx.municipality.findMany({
    where: {
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ name: { equals: details.name, mode: "insensitive" } }, { slug }, ...(details.cbsCode ? [{ cbsCode: details.cbsCode }] : [])],
    },
    select: { name: true, slug: true, cbsCode: true },
  });
  const fieldErrors: Record<string, string> = {};
  for (const other of others) {
    if (other.name.toLowerCase() === details.name.toLowerCase()) fieldErrors.name ??= `Er is al een gemeente ${other.name}.`;
    else if (other.slug === slug) fieldErrors.name ??= `Deze naam lijkt te veel op die van gemeente ${other.name}.`;
    if (details.cbsCode && other.cbsCode === details.cbsCode) fieldErrors.cbsCode = `Gemeente ${other.name} heeft al CBS-code ${details.cbsCode}.`;
  }
  return fieldErrors;
}

/** A unique index still refused the change (two secretaries at once): the same field errors. */
function uniqueViolation(error: unknown): Record<string, string> | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const target = JSON.stringify(error.meta ?? {});
  return target.includes("cbsCode") ? { cbsCode: "Deze CBS-code hoort al bij een andere gemeente." } : { name: "Er is al een gemeente met deze naam." };
}

export async function createMunicipality(db: Database, actor: Actor, details: MunicipalityDetails): Promise<SaveMunicipalityResult> {
  const slug = slugify(details.name);
  try {
    return await db.$transaction(async (tx): Promise<SaveMunicipalityResult> => {
      const fieldErrors = await conflictsOf(tx, details, slug);
      if (Object.keys(fieldErrors).length) return { outcome: "invalid", fieldErrors };
      const created = await tx.municipality.create({ data: { ...details, slug }, select: { id: true } });
      await recordChange(tx, actor, {
        action: "municipality.create",
        entityType: "Municipality",
        entityId: created.id,
        entityLabel: details.name,
        after: details,
      });
      return { outcome: "saved", id: created.id };
    });
  } catch (error) {
    const fieldErrors = uniqueViolation(error);
    if (fieldErrors) return { outcome: "invalid", fieldErrors };
    throw error;
  }
}

/** Everything the form edits. */
const detailKeys = fieldNamesOf(newMunicipalitySchema);

export async function updateMunicipality(db: Database, actor: Actor, id: string, details: MunicipalityDetails): Promise<SaveMunicipalityResult> {
  const slug = slugify(details.name);
  try {
    return await db.$transaction(async (tx): Promise<SaveMunicipalityResult> => {
      const current = await tx.municipality.findUnique({
        where: { id },
        select: Object.fromEntries(detailKeys.map((key) => [key, true])) as Record<(typeof detailKeys)[number], true>,
      });
      if (!current) return { outcome: "not-found" };
      const fieldErrors = await conflictsOf(tx, details, slug, id);
      if (Object.keys(fieldErrors).length) return { outcome: "invalid", fieldErrors };
      // By value: admissionDomains is a list.
      const changed = detailKeys.filter((key) => JSON.stringify(current[key]) !== JSON.stringify(details[key]));
      if (!changed.length) return { outcome: "saved", id };
      await tx.municipality.update({ where: { id }, data: { ...details, slug }, select: { id: true } });
      await recordChange(tx, actor, {
        action: "municipality.update",
        entityType: "Municipality",
        entityId: id,
        entityLabel: details.name,
        before: Object.fromEntries(changed.map((key) => [key, current[key]])),
        after: Object.fromEntries(changed.map((key) => [key, details[key]])),
      });
      return { outcome: "saved", id };
    });
  } catch (error) {
    const fieldErrors = uniqueViolation(error);
    if (fieldErrors) return { outcome: "invalid", fieldErrors };
    throw error;
  }
}
