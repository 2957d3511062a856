import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { slugify } from "../../../lib/format/slug";
import { uniqueTag } from "./unique-tag";

/** A municipality of the test's own ("Testgemeente 1a2b3c4d", slug from the name), with only what `overrides` gives. */
export function buildMunicipality(db: Database, overrides: Partial<Prisma.MunicipalityUncheckedCreateInput> = {}) {
  const name = overrides.name ?? `Testgemeente ${uniqueTag()}`;
  return db.municipality.create({ data: { name, slug: slugify(name), ...overrides } });
}

/** The id of a municipality known by its name, such as the seed's "Tilburg". */
export async function municipalityIdNamed(db: Database, name: string) {
  return (await db.municipality.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}
