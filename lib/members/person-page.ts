import "server-only";
import { latestAuditEntries } from "../audit/list-audit-entries";
import type { Database } from "../db/client";
import { findCoverage } from "./coverage";
import { currentYear } from "./current-year";
import { personDetailsSelect } from "./person-select";

const MAILS_SHOWN = 20;

/**
 * Everything a person's admin page shows, in a fixed number of queries. Mails are listed by subject and
 * status only: a body may hold a sign-in link.
 */
export async function loadPersonPage(db: Database, id: string, now = new Date()) {
  const year = currentYear(now);
  const person = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      ...personDetailsSelect,
      emailVerified: true,
      municipalityId: true,
      deactivatedAt: true,
      createdAt: true,
      municipality: { select: { id: true, name: true } },
      applications: { orderBy: { createdAt: "desc" }, select: { id: true, participation: true, year: true, status: true, createdAt: true } },
      rsvps: {
        orderBy: { meeting: { startsAt: "desc" } },
        select: { id: true, status: true, attended: true, meeting: { select: { id: true, title: true, startsAt: true, presenceRecordedAt: true } } },
      },
      positions: { orderBy: { startedOn: "desc" }, select: { id: true, role: true, startedOn: true, endedOn: true, municipality: { select: { name: true } } } },
      memberships: { orderBy: { year: "desc" }, select: { year: true } },
    },
  });
  if (!person) return null;
  const [mails, history, coverage] = await Promise.all([
    db.outboxMail.findMany({
      where: { OR: [...(person.email ? [{ to: person.email }] : []), { aboutUserId: id }] },
      orderBy: { createdAt: "desc" },
      take: MAILS_SHOWN,
      select: { id: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
    latestAuditEntries(db, { entityType: "User", entityId: id }),
    findCoverage(db, id, year),
  ]);
  return { person, mails, history, coverage, year };
}

export type PersonPage = NonNullable<Awaited<ReturnType<typeof loadPersonPage>>>;
