import type { Database } from "@/lib/db/client";

export const testActor = { id: null, label: "integratietest" };

let counter = 0;

/** Municipalities taking part in `year`, each with invoicing details and an open € 500 fee record. */
export async function municipalitiesWithFees(
  db: Database,
  count: number,
  year: number,
  overrides: { invoiceContactEmail?: string | null; purchaseOrderNumber?: string | null } = {},
) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    counter += 1;
    const name = `Testgemeente ${counter}`;
    const municipality = await db.municipality.create({
      data: {
        name,
        slug: `testgemeente-${counter}`,
        invoiceContactName: `Crediteuren ${counter}`,
        invoiceContactEmail: overrides.invoiceContactEmail === undefined ? `facturen-${counter}@gemeente.test` : overrides.invoiceContactEmail,
        invoiceStreet: `Postbus ${counter}`,
        invoicePostcode: "5000 LH",
        invoiceCity: name,
        oin: `000000010012345${String(counter).padStart(5, "0")}`,
        purchaseOrderNumber: overrides.purchaseOrderNumber === undefined ? `PO-${counter}` : overrides.purchaseOrderNumber,
        memberships: { create: { year } },
        feeRecords: { create: { year, amountCents: 50000, status: "OPEN" } },
      },
      select: { feeRecords: { select: { id: true } } },
    });
    ids.push(municipality.feeRecords[0]!.id);
  }
  return ids;
}
