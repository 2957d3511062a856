import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { slugify } from "../../../lib/format/slug";
import { uniqueTag } from "./unique-tag";

/** A municipality of the test's own ("Testgemeente 1a2b3c4d", slug from the name), with only what `overrides` gives. */
export function buildMunicipality(db: Database, overrides: Partial<Prisma.MunicipalityUncheckedCreateInput> = {}) {
  const name = overrides.name ?? `Testgemeente ${uniqueTag()}`;
  return db.municipality.create({ data: { name, slug: slugify(name), ...overrides } });
}

/**
 * A municipality of the test's own with all an invoice to it needs: an invoicing contact and postal address, an OIN
 * (for the e-invoice) and a purchase-order number.
 */
export function buildInvoiceableMunicipality(db: Database, overrides: Partial<Prisma.MunicipalityUncheckedCreateInput> = {}) {
  const tag = uniqueTag();
  const name = overrides.name ?? `Testgemeente ${tag}`;
  return buildMunicipality(db, {
    name,
    invoiceContactName: `Crediteuren ${name}`,
    invoiceContactEmail: `facturen-${tag}@gemeente.test`,
    invoiceStreet: "Postbus 90155",
    invoicePostcode: "5000 LH",
    invoiceCity: name,
    oin: "00000001001234567000",
    purchaseOrderNumber: `PO-${tag}`,
    ...overrides,
  });
}

/** The id of a municipality known by its name, such as the seed's "Tilburg". */
export async function municipalityIdNamed(db: Database, name: string) {
  return (await db.municipality.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}
