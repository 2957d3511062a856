import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { buildMembership } from "./membership";
import { buildInvoiceableMunicipality } from "./municipality";

type FeeRecordOverrides = Partial<Omit<Prisma.FeeRecordUncheckedCreateInput, "municipalityId">> &
  Pick<Prisma.FeeRecordUncheckedCreateInput, "year"> & { municipality?: Partial<Prisma.MunicipalityUncheckedCreateInput> };

/**
 * An open € 500 fee record for `year` of a municipality of its own that takes part that year and can be invoiced
 * (buildInvoiceableMunicipality, with what `municipality` changes).
 */
export async function buildFeeRecord(db: Database, { municipality = {}, ...overrides }: FeeRecordOverrides) {
  const { id: municipalityId } = await buildInvoiceableMunicipality(db, municipality);
  await buildMembership(db, { municipalityId, year: overrides.year });
  return db.feeRecord.create({ data: { municipalityId, amountCents: 50000, status: "OPEN", ...overrides } });
}
