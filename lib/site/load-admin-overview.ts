import { latestAuditEntries } from "../audit/list-audit-entries";
import { listUnpaidFees } from "../fees/list-unpaid-fees";
import { listUpcomingAttendance } from "../meetings/list-upcoming-attendance";
import { currentYear } from "../members/current-year";
import { listApplications } from "../members/list-applications";
import type { Database } from "../db/client";

/** Everything /beheer shows: the next meetings with their answers, waiting sign-ups, unpaid fees, latest changes. */
export async function loadAdminOverview(db: Database, now = new Date()) {
  const year = currentYear(now);
  const [meetings, applications, fees, changes] = await Promise.all([
    listUpcomingAttendance(db, now),
    listApplications(db, "PENDING", 1),
    listUnpaidFees(db, year),
    latestAuditEntries(db, {}, 10),
  ]);
  return { year, meetings, applications, fees, changes };
}
