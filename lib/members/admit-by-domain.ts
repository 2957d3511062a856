import "server-only";
import type { Database } from "../db/client";
import { approveApplication } from "./approve-application";

/**
 * A confirmed sign-up for a municipality that lets its e-mail domain in (set by the secretary) is approved at once,
 * while that municipality takes part in the application's year: the address proves where the person works. The
 * audit log names the domain. Anything else waits for the secretary. True when the applicant was admitted.
 */
export async function admitByDomain(db: Database, applicationId: string): Promise<boolean> {
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { status: true, confirmedAt: true, year: true, municipalityId: true, user: { select: { email: true, organisationType: true } } },
  });
  const domain = application?.user.email?.split("@")[1]?.toLowerCase();
  if (!application || application.status !== "PENDING" || !application.confirmedAt || !application.municipalityId || !domain) return false;
  if (application.user.organisationType !== "MUNICIPALITY") return false;
  const admits = await db.municipality.count({
    where: { id: application.municipalityId, admissionDomains: { has: domain }, memberships: { some: { year: application.year } } },
  });
  if (!admits) return false;
  const result = await approveApplication(db, applicationId, { actor: { id: null, label: `automatisch toegelaten: domein ${domain}` } });
  return result.outcome === "approved";
}
