import type { Prisma } from "../db/generated/client";
import { slugify } from "../format/slug";

/** How an approval links a typed-in municipality name: to one the secretary chose, or to a new one. */
export type MunicipalityChoice = { kind: "existing"; id: string } | { kind: "new"; name: string };

export type ResolvedMunicipality =
  { outcome: "resolved"; id: string; created: boolean } | { outcome: "conflict"; existingName: string } | { outcome: "unknown" };

/**
 * Finds or creates the municipality for an approval. A new name equal to an existing one (ignoring case) is
 * that municipality; a different name whose slug is taken ("Sudwest Fryslan" beside "Súdwest-Fryslân") is a
 * conflict the secretary must settle, so two municipalities are never merged by accident.
 */
export async function resolveMunicipality(tx: Prisma.TransactionClient, choice: MunicipalityChoice): Promise<ResolvedMunicipality> {
  if (choice.kind === "existing") {
    const known = await tx.municipality.findUnique({ where: { id: choice.id }, select: { id: true } });
    return known ? { outcome: "resolved", id: known.id, created: false } : { outcome: "unknown" };
  }
  const slug = slugify(choice.name);
  if (slug.length < 2) return { outcome: "unknown" };
  // ON CONFLICT DO NOTHING: a colleague approved at the same moment may create the same name.
  const inserted = await tx.municipality.createMany({ data: [{ name: choice.name, slug }], skipDuplicates: true });
  const sameName = await tx.municipality.findFirst({ where: { name: { equals: choice.name, mode: "insensitive" } }, select: { id: true } });
  if (sameName) return { outcome: "resolved", id: sameName.id, created: inserted.count > 0 };
  const sameSlug = await tx.municipality.findUnique({ where: { slug }, select: { name: true } });
  return { outcome: "conflict", existingName: sameSlug?.name ?? choice.name };
}
