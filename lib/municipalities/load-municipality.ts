import "server-only";
import { latestAuditEntries } from "../audit/list-audit-entries";
import type { Database } from "../db/client";
import { municipalityDetailsSelect } from "./municipality-details";

export const COLLEAGUES_SHOWN = 50;

/** Everything the municipality's admin page shows, in a fixed number of queries. */
export async function loadMunicipality(db: Database, id: string) {
  const [municipality, history] = await Promise.all([
    db.municipality.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        ...municipalityDetailsSelect,
        wantsEInvoice: true,
        publicParticipant: true,
        leavingAfterYear: true,
        admissionDomains: true,
        users: {
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: COLLEAGUES_SHOWN,
          select: { id: true, name: true, email: true, jobTitle: true, deactivatedAt: true },
        },
        memberships: { orderBy: { year: "desc" }, select: { year: true } },
        feeRecords: { orderBy: { year: "desc" }, select: { id: true, year: true, amountCents: true, status: true } },
        _count: { select: { users: true } },
      },
    }),
    latestAuditEntries(db, { entityType: "Municipality", entityId: id }),
  ]);
  return municipality ? { ...municipality, history } : null;
}

export type MunicipalityPage = NonNullable<Awaited<ReturnType<typeof loadMunicipality>>>;
